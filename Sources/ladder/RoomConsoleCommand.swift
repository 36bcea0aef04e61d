import Foundation
import LadderApp
import LadderCore
import LadderTerminal
import LadderUI

/// `ladder room DIR`: the facilitator's live console. It follows the
/// results folder (stat every half second, reread only what changed) and
/// writes the control file whenever the facilitator starts, pauses,
/// extends, locks or reveals.
enum RoomConsoleCommand {
    /// How often the results folder is looked at.
    static let scanInterval: TimeInterval = 0.5

    static func run(_ invocation: Invocation, folder: String, environment: [String: String]) -> Int32 {
        let room = RoomFolder(url: URL(fileURLWithPath: folder))
        let opened: OpenedRoom
        do {
            opened = try room.open()
        } catch {
            Console.error(error.description)
            return error.exitCode
        }
        let (settings, deck, control) = (opened.settings, opened.deck, opened.control)
        let round = RoundKey(deck: settings.deck, seed: settings.seed)
        var watcher = RoomWatcher(room: room, round: round)
        watcher.refresh()
        let location = StateLocation(environment: environment, override: invocation.stateDir)
        let themes = ThemeChoice(requested: invocation.theme, remembered: nil, location: location)
        guard
            let terminal = invocation.openTerminal(
                theme: themes.theme, mouse: false, environment: environment)
        else { return 69 }
        var state = RoomConsoleState(
            settings: settings, control: control, report: report(watcher, settings: settings, deck: deck),
            now: Date(), size: terminal.size)
        let status = loop(&state, terminal: terminal, watcher: &watcher, room: room, deck: deck)
        terminal.close()
        return status
    }

    private static func loop(
        _ state: inout RoomConsoleState, terminal: TerminalSession, watcher: inout RoomWatcher,
        room: RoomFolder,
        deck: Deck
    ) -> Int32 {
        var lastScan = Date()
        var status: Int32 = 0
        terminal.draw(RoomConsoleView.render(state))
        while !state.isQuitting {
            let now = Date()
            let untilChange = state.nextChange.map { max(0, $0.timeIntervalSince(now)) } ?? scanInterval
            let wait = min(untilChange, max(0, scanInterval - now.timeIntervalSince(lastScan)))
            switch terminal.read(waitingAtMost: wait) {
            case .key(.control("l")): terminal.redrawAll()
            case .key(let key): for part in key.unboundParts { state.apply(.key(part)) }
            case .resized(let size): state.apply(.resized(size))
            case .signal(let number):
                status = 128 + number
                state.apply(.key(.character("q")))
            case .mouse, .idle: break
            }
            state.apply(.ticked(Date()))
            if state.controlChanged {
                do {
                    try room.save(state.control)
                    state.controlSaved()
                } catch {
                    state.apply(.controlNotSaved(error.description))
                }
            }
            if Date().timeIntervalSince(lastScan) >= scanInterval {
                lastScan = Date()
                if watcher.refresh() {
                    state.apply(.reportChanged(report(watcher, settings: state.settings, deck: deck)))
                }
            }
            if !state.isQuitting { terminal.draw(RoomConsoleView.render(state)) }
        }
        return status
    }

    /// The report on what the watcher has read.
    static func report(_ watcher: RoomWatcher, settings: RoomSettings, deck: Deck) -> RoomReport {
        RoomReport(
            title: settings.title, round: watcher.round, deck: deck, results: watcher.ordered, skipped: [])
    }
}
