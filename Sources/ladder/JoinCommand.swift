import FoundationEssentials
import Glibc
import LadderApp
import LadderCore
import LadderTerminal
import LadderUI

/// `ladder join DIR [--name NAME] [--restricted]`: a participant's round in
/// a room. Asks for a name (or takes `--name`), then sorts the room's deck
/// in the room's order, writing the participant's results file at every
/// change and following the facilitator's control file.
enum JoinCommand {
    static func run(_ invocation: Invocation, folder: String, environment: [String: String]) -> Int32 {
        var status: Int32 = 0
        guard let (room, opened) = RoomOpening.open(folder, status: &status) else { return status }
        let (settings, deck, control) = (opened.settings, opened.deck, opened.control)
        let restricted = settings.restricted || invocation.workshop.restricted
        guard isatty(STDIN_FILENO) == 1 || invocation.workshop.name != nil else {
            Console.error("'ladder join' asks for a name on the terminal; give one with --name NAME")
            return 64
        }
        Console.out("\(settings.title): \(settings.deck.cardCount) cards\n")
        let login = restricted ? nil : environment["USER"].flatMap { $0.isEmpty ? nil : $0 }
        let place: (results: ParticipantResults, url: URL, code: String?)
        do {
            guard
                let joined = try JoinPrompt.join(
                    room: room, settings: settings, name: invocation.workshop.name, defaultName: login)
            else { return 64 }
            place = joined
        } catch {
            Console.error(error.description)
            return error.exitCode
        }
        if let code = place.code {
            // The full screen would cover the code at once: it stays until
            // Enter, however the name came (typed, --name, or a second try).
            Console.out(
                "Welcome, \(place.results.participant.name). Your rejoin code is \(code): if you are\n"
                    + "disconnected, join again with the same name and this code.\n"
                    + "Press Enter to begin.")
            _ = readLine()
        }
        return runRound(
            invocation, room: room, settings: settings, deck: deck, control: control, place: place,
            restricted: restricted, environment: environment)
    }

    private static func runRound(
        _ invocation: Invocation, room: RoomFolder, settings: RoomSettings, deck: Deck, control: RoomControl,
        place: (results: ParticipantResults, url: URL, code: String?), restricted: Bool,
        environment: [String: String]
    ) -> Int32 {
        // A private state folder: a room never touches the participant's own
        // progress, and participants sharing one account never share state.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-join-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var location = StateLocation(environment: [:], override: scratch.path)
        // Restricted: the shipped themes only, no theme file opened.
        if restricted { location.configFolder = scratch.appendingPathComponent("config") }
        let order = SeededOrder.indices(count: deck.cards.count, seed: settings.seed)
        let session: TriageSession
        do {
            session = try TriageSession.resuming(
                place.results, deck: deck, order: order, now: Date(), file: place.url.path)
            var setupInvocation = invocation
            setupInvocation.command = .triage
            var setup = try AppSetup(invocation: setupInvocation, location: location)
            setup.state.triage = TriageState(session: session, assessment: setup.state.scorecard.assessment)
            setup.state.screen = .triage
            setup.state.isRestricted = restricted
            setup.state.beginRound(
                TriageRound(
                    title: settings.title, limit: nil, ownsClock: false, hidesAnswers: settings.hideAnswers))
            return run(
                setup.state, invocation: invocation, location: location, room: room, settings: settings,
                place: place, control: control, restricted: restricted, environment: environment)
        } catch let error as InputError {
            Console.error(error.description)
            return error.exitCode
        } catch {
            Console.error("\(error)")
            return 70
        }
    }

    private static func run(
        _ state: AppState, invocation: Invocation, location: StateLocation, room: RoomFolder,
        settings: RoomSettings, place: (results: ParticipantResults, url: URL, code: String?),
        control: RoomControl, restricted: Bool, environment: [String: String]
    ) -> Int32 {
        // The participant's own configuration: theme, keys, mouse, motion.
        let personal = Settings(invocation: invocation, environment: environment, location: location)
        for problem in personal.problems { Console.error(problem.description) }
        let noColor = !personal.color.value
        var store = SessionStore(location: location, history: state.scorecard.history)
        store.writesNothing = restricted
        let themes = ThemeChoice(requested: personal.theme.value, remembered: nil, location: location)
        var state = state
        personal.apply(to: &state)
        state.themeName = themes.theme.name
        state.themeNames = noColor ? [] : themes.cycle
        guard
            let terminal = invocation.openTerminal(
                theme: themes.theme, mouse: personal.mouse.value, environment: environment, colorOff: noColor)
        else { return 69 }
        // Exports made inside the round stay in the room when restricted.
        let exports =
            restricted ? room.resultsFolder : URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var runner = AppRunner(
            state: state, store: store, themes: themes, backend: terminal, clock: SystemClock(),
            exportFolder: exports)
        let follower = RoomFollower(
            room: room, settings: settings, results: place.results, url: place.url, control: control)
        runner.companion = follower
        let outcome = runner.run()
        if let problem = follower.writeProblem { Console.error("could not save your results: \(problem)") }
        return outcome.status
    }
}
