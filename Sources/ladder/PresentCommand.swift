import FoundationEssentials
import LadderApp
import LadderCore
import LadderTerminal
import LadderUI

/// `ladder present [FILE]`: the module's key ideas, reflection prompts and
/// takeaways one per screen, large, for a projected terminal.
/// `ladder present --room DIR`: the room's most contested cards one by one
/// for the discussion, following the room as results come in.
enum PresentCommand {
    static func run(_ invocation: Invocation, environment: [String: String]) -> Int32 {
        let location = StateLocation(environment: environment, override: invocation.stateDir)
        var state: AppState
        var follower: PresentRoomFollower?
        do {
            let module =
                try invocation.file.map { try LessonLoader.load(url: URL(fileURLWithPath: $0)) }
                ?? BundledModule.load()
            state = AppState(
                module: module, moduleKey: "present", size: Size(width: 80, height: 24), now: Date())
            if let folder = invocation.workshop.room {
                let room = RoomFolder(url: URL(fileURLWithPath: folder))
                let opened = try room.open()
                let watching = PresentRoomFollower(room: room, opened: opened)
                state.present = PresentState(report: watching.report())
                follower = watching
            } else {
                state.present = PresentState(module: module)
            }
        } catch let error as InputError {
            Console.error(error.description)
            return error.exitCode
        } catch {
            Console.error("\(error)")
            return 70
        }
        state.screen = .present
        return StandaloneScreen.run(
            state, invocation: invocation, location: location, environment: environment
        ) {
            $0.companion = follower
        }
    }
}

/// Follows a room for `ladder present --room`: looks at the results folder
/// every half second (rereading only the files that changed, as the
/// console does) and hands the presentation the new report.
final class PresentRoomFollower: RunCompanion {
    private let opened: OpenedRoom
    private var watcher: RoomWatcher
    private var lastLook = Date()
    private(set) var nextDeadline: Date?

    init(room: RoomFolder, opened: OpenedRoom) {
        self.opened = opened
        watcher = RoomWatcher(
            room: room, round: RoundKey(deck: opened.settings.deck, seed: opened.settings.seed))
        watcher.refresh()
        nextDeadline = Date().addingTimeInterval(RoomConsoleCommand.scanInterval)
    }

    /// The report on what has been read so far.
    func report() -> RoomReport {
        RoomConsoleCommand.report(watcher, settings: opened.settings, deck: opened.deck)
    }

    func settled(_ state: inout AppState, at now: Date) {
        guard now.timeIntervalSince(lastLook) >= RoomConsoleCommand.scanInterval else { return }
        lastLook = now
        nextDeadline = now.addingTimeInterval(RoomConsoleCommand.scanInterval)
        if watcher.refresh() { state.apply(.present(.roomChanged(report()))) }
    }
}
