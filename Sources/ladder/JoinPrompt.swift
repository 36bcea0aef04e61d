import FoundationEssentials
import LadderCore

/// Asks for a participant's name (and, for a name already taken, the
/// rejoin code) on the terminal before the full-screen round opens.
enum JoinPrompt {
    /// The participant's place in the room: new, resumed, or nil when they gave up.
    static func join(
        room: RoomFolder, settings: RoomSettings, name given: String?, defaultName: String?
    ) throws(InputError) -> (results: ParticipantResults, url: URL, code: String?)? {
        var typed = given
        for _ in 0..<5 {
            guard
                let raw = typed
                    ?? ask(defaultName.map { "Your name [\($0)]: " } ?? "Your name: ", default: defaultName)
            else { return nil }
            typed = nil
            let name: ParticipantName
            do {
                name = try ParticipantName(raw)
            } catch {
                Console.out("\(error.description).\n")
                continue
            }
            switch try RoomJoin.join(room, settings: settings, name: name, code: nil, now: Date()) {
            case .joined(let results, let url, let code): return (results, url, code)
            case .resumed(let results, let url): return (results, url, nil)
            case .nameTaken(let named):
                let existing = Sanitizer.clean(named)
                Console.out(
                    "\(existing) has already joined this room. If that was you, type your rejoin code;\n"
                        + "otherwise press Enter and choose another name.\n")
                guard let code = ask("Rejoin code: ", default: nil), !code.isEmpty else { continue }
                if case .resumed(let results, let url) = try RoomJoin.join(
                    room, settings: settings, name: name, code: code, now: Date())
                {
                    return (results, url, nil)
                }
                Console.out("That code does not match \(existing)'s.\n")
            }
        }
        return nil
    }

    /// A line typed after `prompt`; `default` for an empty line; nil at the end of input.
    private static func ask(_ prompt: String, default fallback: String?) -> String? {
        Console.out(prompt)
        guard let line = readLine() else { return nil }
        let trimmed = line.trimmingSpaces()
        return trimmed.isEmpty ? fallback ?? "" : trimmed
    }
}
