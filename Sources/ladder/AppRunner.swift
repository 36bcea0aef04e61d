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
        state.apply(.resized(terminal.size))
        state.apply(.ticked(Date()))
        terminal.draw(AppView.render(state))
        while !state.isQuitting {
            let input = terminal.read(timeout: state.needsTicks ? 100 : 1000)
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
                store.saveIfIdle(state)
            }
            state.apply(.ticked(Date()))
            perform(state.effects, terminal: terminal)
            state.effects.removeAll()
            store.noteChanges(state)
            if !state.isQuitting { terminal.draw(AppView.render(state)) }
        }
        terminal.close()
        let problems = store.saveAll(state)
        for problem in problems { Console.error("could not save: \(problem.description)") }
        return problems.first?.exitCode ?? 0
    }

    private mutating func perform(_ effects: [Effect], terminal: TerminalSession) {
        for effect in effects {
            switch effect {
            case .themeChanged(let name):
                terminal.apply(theme: themes.theme(named: name))
                store.rememberTheme(name)
            case .triageChanged:
                store.triageDirty = true
            case .triageExportRequested:
                exportTriage()
            case .triageFinished:
                store.recordFinishedTriage(state)
            case .assessmentChanged:
                store.assessmentDirty = true
            }
        }
    }

    private mutating func exportTriage() {
        guard let session = state.triage?.session else { return }
        let stamp = Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
            .replacingOccurrences(of: ":", with: "")
        let url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent("ladder-triage-\(stamp).md")
        do {
            try TriageOutput.write(session: session, state: state, to: url)
            state.apply(.flashed("Exported to \(url.path)", .success))
        } catch {
            state.apply(.flashed("Export failed: \(error.description)", .error))
        }
    }
}
