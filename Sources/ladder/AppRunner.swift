import Foundation
import LadderCore
import LadderTerminal
import LadderUI

/// Runs the full-screen app: reads input, updates state, draws, and does the
/// work updates ask for (saving, exporting, switching themes), until the user
/// quits or a signal says to stop.
struct AppRunner {
    var state: AppState
    var store: SessionStore
    var themes: ThemeChoice
    let colorMode: ColorMode
    let environment: [String: String]

    /// Runs until quit; returns the exit code.
    mutating func run() -> Int32 {
        let terminal: TerminalSession
        do {
            terminal = try TerminalSession(
                theme: themes.theme, colorMode: colorMode, environment: environment)
        } catch {
            Console.error(error.description)
            return 69
        }
        var endingSignal: Int32?
        state.apply(.resized(terminal.size))
        state.apply(.ticked(Date()))
        terminal.draw(AppView.render(state))
        while !state.isQuitting {
            let input = terminal.read(timeout: state.needsTicks ? 100 : 1000)
            switch input {
            case .key(.control("l")):
                terminal.redrawAll()
            case .key(let key):
                state.dismissFlash()
                if let action = Keymap.action(for: key, in: state) { state.apply(action) }
            case .resized(let size):
                state.apply(.resized(size))
            case .signal(let number):
                endingSignal = number
                state.apply(.quitRequested)
            case .idle:
                store.saveIfIdle(state)
                if let problem = store.takeProblems().first {
                    state.apply(.flashed("Could not save: \(problem.description)", .error))
                }
            }
            state.apply(.ticked(Date()))
            perform(state.effects, terminal: terminal)
            state.effects.removeAll()
            store.noteChanges(state)
            if let problem = store.takeProblems().first {
                state.apply(.flashed("Could not save: \(problem.description)", .error))
            }
            if !state.isQuitting { terminal.draw(AppView.render(state)) }
        }
        terminal.close()
        let problems = store.saveAll(state)
        for problem in problems { Console.error("could not save: \(problem.description)") }
        if let endingSignal { return 128 + endingSignal }
        return problems.first?.exitCode ?? 0
    }

    private mutating func perform(_ effects: [Effect], terminal: TerminalSession) {
        for effect in effects {
            let current = state
            switch effect {
            case .themeChanged(let name):
                terminal.apply(theme: themes.theme(named: name))
                store.rememberTheme(name)
            case .triageChanged:
                store.triageDirty = true
            case .triageExportRequested:
                export("triage") { url throws(InputError) in
                    guard let session = current.triage?.session else { return }
                    try TriageOutput.write(session: session, state: current, to: url)
                }
            case .scorecardExportRequested:
                export("scorecard") { url throws(InputError) in try ScorecardOutput.write(current, to: url) }
            case .triageFinished:
                store.recordSnapshot(of: state, kind: .triage)
            case .assessmentChanged:
                store.assessmentDirty = true
            }
        }
    }

    private mutating func export(_ kind: String, _ write: (URL) throws(InputError) -> Void) {
        let url = TriageOutput.exportURL(kind: kind, at: Date())
        do {
            try write(url)
            state.apply(.flashed("Exported to \(url.path)", .success))
        } catch {
            state.apply(.flashed("Export failed: \(error.description)", .error))
        }
    }
}
