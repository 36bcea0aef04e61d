import FoundationEssentials
import LadderApp
import LadderCore
import LadderTerminal
import LadderUI

/// The command line: parses, dispatches, and maps failures to sysexits codes.
enum Ladder {
    static func run(arguments: [String], environment: [String: String]) -> Int32 {
        let invocation: Invocation
        do {
            invocation = try ArgumentParser.parse(arguments)
        } catch {
            let topic = error.command == .home ? "" : " " + error.command.rawValue
            Console.error("\(error.message)\nTry 'ladder help\(topic)' for usage.")
            return 64
        }
        if invocation.wantsVersion {
            Console.out(Usage.version + "\n")
            return 0
        }
        if invocation.wantsHelp {
            Console.out(Usage.text(for: invocation.command) + "\n")
            return 0
        }
        let location = StateLocation(environment: environment, override: invocation.stateDir)
        switch invocation.command {
        case .themes:
            return ThemesCommand.run(invocation, location: location, environment: environment)
        case .room:
            return RoomCommand.run(invocation, environment: environment)
        case .report:
            return ReportCommand.run(invocation, environment: environment)
        case .completions:
            return CompletionsCommand.run(invocation)
        case .manual:
            Console.out(ManualPage.roff)
            return 0
        case .present:
            return PresentCommand.run(invocation, environment: environment)
        case .join:
            guard invocation.workshop.operands.count == 1 else {
                Console.error("'ladder join' takes one room folder\nTry 'ladder help join' for usage.")
                return 64
            }
            return JoinCommand.run(
                invocation, folder: invocation.workshop.operands[0], environment: environment)
        case .config:
            return ConfigCommand.run(invocation, location: location, environment: environment)
        case .home, .read, .triage, .scorecard:
            return open(invocation, location: location, environment: environment)
        }
    }

    private static func open(_ invocation: Invocation, location: StateLocation, environment: [String: String])
        -> Int32
    {
        let setup: AppSetup
        do {
            setup = try AppSetup(invocation: invocation, location: location)
        } catch let error as UsageError {
            Console.error(error.message)
            return 64
        } catch let error as InputError {
            Console.error(error.description)
            return error.exitCode
        } catch {
            Console.error("\(error)")
            return 70
        }
        let settings = Settings(invocation: invocation, environment: environment, location: location)
        let configWarnings = settings.problems.map(\.description)
        if setup.wantsPlainText || invocation.export != nil {
            for warning in configWarnings + setup.warnings { Console.error(warning) }
        }
        if setup.wantsPlainText {
            Console.out(
                PlainText.render(setup.state.module, width: settings.width.value, only: setup.chapterIndex))
            return 0
        }
        if let export = invocation.export {
            return setup.export(to: URL(fileURLWithPath: export), invocation: invocation)
        }
        var state = setup.state
        let solo: SoloRound?
        do {
            solo = try SoloRound.beginIfAsked(
                &state, invocation: invocation, location: location, environment: environment)
        } catch {
            Console.error(error.message)
            return error.code
        }
        if let status = PlainCommands.run(invocation, setup: setup, location: location) { return status }
        let noColor = !settings.color.value
        var store = SessionStore(location: location, history: setup.state.scorecard.history)
        let themes = ThemeChoice(
            requested: settings.theme.value, remembered: store.progress.file.theme, location: location,
            requestedBy: settings.theme.source == .flag("--theme") ? nil : settings.theme.source.description)
        let warnings =
            configWarnings + [store.readOnlyWarning, store.progress.warning].compactMap { $0 }
            + setup.warnings
            + themes.warnings
        for warning in warnings { Console.error(warning) }
        settings.apply(to: &state)
        state.themeName = themes.theme.name
        state.themeNames = noColor ? [] : themes.cycle
        state.apply(.ticked(Date()))  // a warning shows for its full time once the screen is up
        if let warning = warnings.first {
            let more = warnings.count > 1 ? " (+\(warnings.count - 1) more, shown after you quit)" : ""
            state.apply(.flashed(warning + more, .warning))
        }
        // `--theme` is for this run only; `t` in the app is what is remembered.
        guard
            let terminal = invocation.openTerminal(
                theme: themes.theme, mouse: settings.mouse.value, environment: environment, colorOff: noColor)
        else { return 69 }
        store.keepsTriage = solo == nil
        var runner = AppRunner(
            state: state, store: store, themes: themes, backend: terminal, clock: SystemClock(),
            exportFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            backlog: setup.backlog)
        runner.deferredTriage = setup.deferredTriage
        runner.companion = solo
        let outcome = runner.run()
        for problem in outcome.saveProblems { Console.error("could not save: \(problem.description)") }
        if let note = runner.store.unsavedNote { Console.error(note) }
        return solo.map { $0.report(runner.state, status: outcome.status) } ?? outcome.status
    }
}
