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
    /// The backlog given with `--deck`, written back beside the report on export.
    let backlog: TrackerBacklog?

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
            let due = [state.nextDeadline, store.saveDeadline].compactMap { $0 }.min()
            let input = terminal.read(timeout: Self.milliseconds(until: due, from: Date()))
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
                if let problem = store.takeProblems().first { state.apply(.saveFailed(problem)) }
            }
            state.apply(.ticked(Date()))
            perform(state.effects, terminal: terminal)
            state.effects.removeAll()
            store.noteChanges(state)
            if let problem = store.takeProblems().first { state.apply(.saveFailed(problem)) }
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
                exportTriage(current)
            case .scorecardExportRequested:
                export("scorecard") { url throws(InputError) in try ScorecardOutput.write(current, to: url) }
            case .triageFinished:
                store.recordSnapshot(of: state, kind: .triage)
            case .assessmentChanged:
                store.assessmentDirty = true
            }
        }
    }

    /// Writes the triage report and, for a tracker's backlog, the backlog
    /// written back in its own format beside it (never over an existing file).
    private mutating func exportTriage(_ current: AppState) {
        guard let session = current.triage?.session else { return }
        let backlog = backlog
        var back: URL?
        export("triage") { url throws(InputError) in
            try TriageOutput.write(session: session, state: current, to: url)
            guard let backlog, backlog.canWriteBack else { return }
            let file = url.deletingPathExtension().appendingPathExtension(
                TrackerExport.fileExtension(for: backlog.format))
            guard !FileManager.default.fileExists(atPath: file.path) else {
                throw InputError(file: file.path, "a file of that name exists; expected a free name")
            }
            try TrackerExport.write(session: session, backlog: backlog, to: file)
            back = file
        }
        if let back {
            state.apply(
                .flashed(
                    "Exported to \(back.deletingPathExtension().path).{md,\(back.pathExtension)}", .success))
        }
    }

    private mutating func export(_ kind: String, _ write: (URL) throws(InputError) -> Void) {
        let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var reserved: URL?
        do {
            let url = try ExportFile.reserve(kind: kind, at: Date(), in: folder)
            reserved = url
            try write(url)
            state.apply(.exportFinished(url))
        } catch {
            if let reserved { ExportFile.release(reserved) }
            state.apply(.exportFailed(error))
        }
    }

    /// How long to wait for input before `deadline` (-1: no deadline, wait
    /// for ever), in whole milliseconds rounded up so the wait never ends early.
    static func milliseconds(until deadline: Date?, from now: Date) -> Int32 {
        guard let deadline else { return -1 }
        let seconds = deadline.timeIntervalSince(now)
        guard seconds > 0 else { return 0 }
        return Int32(min((seconds * 1000).rounded(.up), Double(Int32.max)))
    }
}
