import FoundationEssentials
import Glibc
import LadderApp
import LadderCore
import LadderTerminal
import LadderUI

/// Runs a screen that stands on its own (`ladder present`, `ladder report
/// --tui`, `ladder room DIR`) in the app's runner: the same keys, mouse,
/// help, themes and signals, following the user's configuration (theme,
/// keys, mouse, colour, reduced motion) and remembered theme, and nothing
/// of the user's saved state touched (its state goes to a private folder
/// removed after).
enum StandaloneScreen {
    static func run(
        _ state: AppState, invocation: Invocation, location: StateLocation, environment: [String: String],
        configure: (inout AppRunner) -> Void = { _ in }
    ) -> Int32 {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-\(state.screen.rawValue)-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let settings = Settings(invocation: invocation, environment: environment, location: location)
        let remembered = (try? ProgressStore(folder: location.stateFolder).load())?.theme
        let themes = ThemeChoice(
            requested: settings.theme.value, remembered: remembered, location: location,
            requestedBy: settings.theme.source == .flag("--theme") ? nil : settings.theme.source.description)
        let warnings = settings.problems.map(\.description) + themes.warnings
        for warning in warnings { Console.error(warning) }
        var state = state
        settings.apply(to: &state)
        state.apply(.ticked(Date()))  // a warning shows for its full time once the screen is up
        if let warning = warnings.first {
            let more = warnings.count > 1 ? " (+\(warnings.count - 1) more, shown after you quit)" : ""
            state.apply(.flashed(warning + more, .warning))
        }
        state.themeName = themes.theme.name
        state.themeNames = settings.color.value ? themes.cycle : []
        let store = SessionStore(
            location: StateLocation(environment: [:], override: scratch.path),
            history: state.scorecard.history)
        guard
            let terminal = invocation.openTerminal(
                theme: themes.theme, mouse: settings.mouse.value, environment: environment,
                colorOff: !settings.color.value)
        else { return 69 }
        var runner = AppRunner(
            state: state, store: store, themes: themes, backend: terminal, clock: SystemClock(),
            exportFolder: scratch)
        configure(&runner)
        return runner.run().status
    }
}
