import LadderCore

/// Turns the app's state into a frame: the tabs, the screen, its status bar,
/// and any overlay. Pure: the same state always gives the same frame.
public enum AppView {
    /// Below this the app shows a "terminal too small" notice instead.
    public static let minimumSize = Size(width: 30, height: 8)

    /// Renders `state` into a frame of its size.
    public static func render(_ state: AppState) -> Frame {
        var frame = Frame(size: state.size)
        guard !state.isTooSmall else {
            TooSmallView.draw(state, into: &frame)
            return frame
        }
        ScreenRegistry.module(for: state.screen).draw(state, into: &frame)
        if !ScreenRegistry.module(for: state.screen).standsAlone { TabBar.draw(state, into: &frame.base) }
        drawStatus(state, into: &frame)
        if state.showsWelcome, !state.showsHelp, let welcome = WelcomeView.overlay(for: state) {
            frame.overlays.append(welcome)
        }
        if let entry = state.entry { EntryView.draw(entry, state: state, into: &frame) }
        if state.showsHelp { frame.overlays.append(HelpOverlay.layer(for: state)) }
        frame.focus = Frame.focus(of: frame, in: state)
        // A filter being typed is a field: the cursor shows where typing goes.
        if state.showsHelp, !state.helpFilter.isEmpty { frame.cursor = frame.focus }
        frame.showsFocus = state.showsCursor
        return frame
    }

    private static func drawStatus(_ state: AppState, into frame: inout Frame) {
        let y = state.size.height - 1
        if let prompt = state.searchPrompt {
            frame.cursor = StatusBar.drawPrompt(into: &frame.base, y: y, prompt: "/", text: prompt)
            return
        }
        if let entry = state.entry, !entry.wraps {
            frame.cursor = StatusBar.drawPrompt(
                into: &frame.base, y: y, prompt: EntryView.prompt(for: entry, state: state), text: entry.text)
            return
        }
        let message = RoundStatus.message(in: state)
        StatusBar.draw(into: &frame.base, y: y, hints: hints(for: state), message: message)
    }

    /// The keys shown in the status bar, read from the binding tables in
    /// force: the screen's own first (the first two hold on longest), then
    /// the keys that work everywhere (help holds on longest of all).
    public static func hints(for state: AppState) -> [StatusBar.Hint] {
        var hints: [StatusBar.Hint] = []
        let tables = Keymap.tables(in: state)
        for table in tables.dropLast() {
            for binding in table.bindings {
                guard var hint = binding.hint(in: state) else { continue }
                hint.rank = hints.count < 2 ? 3 : 1
                hints.append(hint)
            }
        }
        guard let global = tables.last else { return hints }
        for binding in global.bindings {
            guard var hint = binding.hint(in: state) else { continue }
            hint.rank = binding.name == "app.help" || tables.count == 1 ? 3 : 2
            hints.append(hint)
        }
        return hints
    }
}
