import FoundationEssentials
import LadderApp
import LadderCore
import LadderTerminal
import LadderUI

/// `ladder room DIR`: the facilitator's live console, run as the app's
/// `.room` screen (keys, help, hints and the mouse from its binding
/// tables, remapped by the configuration as everywhere else). A companion
/// follows the results folder (a look every half second, rereading only
/// what changed) and writes the control file whenever the facilitator
/// starts, pauses, extends, locks or reveals.
enum RoomConsoleCommand {
    /// How often the results folder is looked at.
    static let scanInterval: TimeInterval = 0.5

    static func run(_ invocation: Invocation, folder: String, environment: [String: String]) -> Int32 {
        var status: Int32 = 0
        guard let (room, opened) = RoomOpening.open(folder, status: &status) else { return status }
        let (settings, deck, control) = (opened.settings, opened.deck, opened.control)
        var watcher = RoomWatcher(room: room, round: RoundKey(deck: settings.deck, seed: settings.seed))
        watcher.refresh()
        let now = Date()
        let size = Size(width: 80, height: 24)
        var state = AppState(module: BundledModule.module, moduleKey: "room-console", size: size, now: now)
        state.room = RoomConsoleState(
            settings: settings, control: control, report: report(watcher, settings: settings, deck: deck),
            now: now, size: size)
        state.screen = .room
        // The console keeps nothing of its own: the room's files are the record.
        let location = StateLocation(environment: environment, override: invocation.stateDir)
        return StandaloneScreen.run(
            state, invocation: invocation, location: location, environment: environment
        ) {
            $0.companion = RoomConsoleFollower(room: room, watcher: watcher, deck: deck)
        }
    }

    /// The report on what the watcher has read.
    static func report(_ watcher: RoomWatcher, settings: RoomSettings, deck: Deck) -> RoomReport {
        RoomReport(
            title: settings.title, round: watcher.round, deck: deck, results: watcher.ordered, skipped: [])
    }
}
