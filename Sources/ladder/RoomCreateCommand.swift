import FoundationEssentials
import LadderCore

/// `ladder room create DIR --deck FILE|bundled --seed N [--timer 10m]
/// [--hide-answers] [--title TEXT] [--restricted]`: makes a room.
enum RoomCreateCommand {
    static func run(_ invocation: Invocation, folder: String) -> Int32 {
        let options = invocation.workshop
        guard let deckName = invocation.deck else {
            return usage("'ladder room create' needs --deck FILE (or --deck bundled)")
        }
        guard let seed = options.seed else {
            return usage("'ladder room create' needs --seed N, so every participant gets the same order")
        }
        let room = RoomFolder(url: URL(fileURLWithPath: folder))
        if room.exists {
            Console.error("\(room.url.path): a room is already here; choose another folder")
            return 73
        }
        let request = RoomRequest(
            deck: deckName == "bundled" ? .bundled : .file(URL(fileURLWithPath: deckName)), seed: seed,
            timerSeconds: options.timerSeconds, hideAnswers: options.hideAnswers, title: options.title,
            restricted: options.restricted)
        do {
            let settings = try room.create(request, now: Date())
            Console.out(summary(settings, room: room))
            return 0
        } catch {
            Console.error(error.description)
            return error.kind == .ioFailure ? 73 : error.exitCode
        }
    }

    /// What was made, and what to do next.
    static func summary(_ settings: RoomSettings, room: RoomFolder) -> String {
        let timer = settings.timerSeconds.map { "a \(DurationText.text($0)) round" } ?? "an untimed round"
        let hidden = settings.hideAnswers ? ", answers hidden until you reveal them" : ""
        let restricted = settings.restricted ? ", restricted" : ""
        return """
            Created the room "\(settings.title)" in \(room.url.path):
              \(settings.deck.cardCount) cards from "\(settings.deck.title)", seed \(settings.seed), \(timer)\(hidden)\(restricted).
            Participants join with:  ladder join \(room.url.path)
            Run the round with:      ladder room \(room.url.path)
            Afterwards:              ladder report \(room.url.path)

            """
    }

    private static func usage(_ message: String) -> Int32 {
        Console.error("\(message)\nTry 'ladder help room' for usage.")
        return 64
    }
}
