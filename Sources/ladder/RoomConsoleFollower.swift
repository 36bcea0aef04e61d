import FoundationEssentials
import LadderApp
import LadderCore
import LadderUI

/// The console's side of the room while it runs: writes the control file
/// when the facilitator changed it, and looks at the results folder every
/// half second, giving the console a new report when anything moved.
final class RoomConsoleFollower: RunCompanion {
    let room: RoomFolder
    let deck: Deck
    private var watcher: RoomWatcher
    private var lastScan = Date()
    private(set) var nextDeadline: Date?

    init(room: RoomFolder, watcher: RoomWatcher, deck: Deck) {
        self.room = room
        self.watcher = watcher
        self.deck = deck
    }

    func settled(_ state: inout AppState, at now: Date) {
        guard let console = state.room else { return }
        if console.controlChanged {
            do {
                try room.save(console.control)
                state.apply(.room(.controlSaved))
            } catch {
                state.apply(.room(.controlNotSaved(error.description)))
            }
        }
        if now.timeIntervalSince(lastScan) >= RoomConsoleCommand.scanInterval {
            lastScan = now
            if watcher.refresh() {
                let report = RoomConsoleCommand.report(watcher, settings: console.settings, deck: deck)
                state.apply(.room(.reportChanged(report)))
            }
        }
        let scan = lastScan.addingTimeInterval(RoomConsoleCommand.scanInterval)
        nextDeadline = [scan, state.room?.nextChange].compactMap { $0 }.min()
    }
}
