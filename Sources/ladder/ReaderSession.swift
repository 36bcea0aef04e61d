import Foundation
import LadderCore
import LadderTerminal
import LadderUI

/// Runs the full-screen app: reads input, updates state, draws, and keeps
/// progress saved, until the user quits or a signal says to stop.
struct ReaderSession {
    var state: AppState
    var keeper: ProgressKeeper
    let theme: Theme
    let colorMode: ColorMode
    let environment: [String: String]

    /// Runs until quit; returns the exit code.
    mutating func run() -> Int32 {
        let terminal: TerminalSession
        do {
            terminal = try TerminalSession(theme: theme, colorMode: colorMode, environment: environment)
        } catch {
            Console.error(error.description)
            return 69
        }
        var saveError: InputError?
        state.apply(.resized(terminal.size))
        state.apply(.ticked(Date()))
        terminal.draw(AppView.render(state))
        var dirtySince: Date?
        while !state.isQuitting {
            let input = terminal.read(timeout: state.flash == nil ? 1000 : 200)
            let before = state.progress
            switch input {
            case .key(.control("l")):
                terminal.redrawAll()
            case .key(let key):
                if let action = Keymap.action(for: key, in: state) { state.apply(action) }
            case .resized(let size):
                state.apply(.resized(size))
            case .signal:
                state.apply(.quitRequested)
            case .idle:
                break
            }
            state.apply(.ticked(Date()))
            let after = state.progress
            if after != before {
                let milestone =
                    after.chapter != before.chapter || after.finished != before.finished
                    || after.screen != before.screen
                if milestone { saveError = save() ?? saveError } else { dirtySince = dirtySince ?? Date() }
            } else if let since = dirtySince, Date().timeIntervalSince(since) > 1 {
                saveError = save() ?? saveError
                dirtySince = nil
            }
            if !state.isQuitting { terminal.draw(AppView.render(state)) }
        }
        saveError = save() ?? saveError
        terminal.close()
        if let saveError {
            Console.error("could not save progress: \(saveError.description)")
            return saveError.exitCode
        }
        return 0
    }

    private mutating func save() -> InputError? {
        do {
            try keeper.record(state.progress, for: state.moduleKey)
            return nil
        } catch {
            return error
        }
    }
}
