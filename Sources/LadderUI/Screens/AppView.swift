import LadderCore

/// Turns the app's state into a frame: the screen, its status bar, and any
/// overlay. Pure: the same state always gives the same frame.
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
        switch state.screen {
        case .home: HomeView.draw(state, into: &frame)
        case .reader: ReaderView.draw(state, into: &frame)
        case .triage: TriageView.draw(state, into: &frame)
        case .scorecard: ScorecardView.draw(state, into: &frame)
        }
        drawStatus(state, into: &frame)
        if state.showsHelp { frame.overlays.append(HelpOverlay.layer(for: state)) }
        return frame
    }

    private static func drawStatus(_ state: AppState, into frame: inout Frame) {
        let y = state.size.height - 1
        if let prompt = state.searchPrompt {
            frame.cursor = StatusBar.drawPrompt(into: &frame.base, y: y, prompt: "/", text: prompt)
            return
        }
        let message = state.flash.map { ($0.text, $0.role) }
        StatusBar.draw(into: &frame.base, y: y, hints: hints(for: state), message: message)
    }

    /// The keys shown in the status bar for the current screen.
    static func hints(for state: AppState) -> [StatusBar.Hint] {
        var hints: [StatusBar.Hint]
        switch state.screen {
        case .home:
            hints = [("↑↓", "move"), ("Enter", "open"), ("/", "search")]
        case .reader:
            hints = [("Space", "page"), ("]/[", "chapter"), ("/", "search")]
            if state.search != nil { hints.append(("n/N", "match")) }
            hints.append(("Esc", "contents"))
        case .triage:
            hints = TriageView.hints(for: state)
        case .scorecard:
            hints = [("↑↓", "choose"), ("←→", "rate"), ("x", "clear"), ("e", "export")]
        }
        return hints + [("?", "help"), ("q", "quit")]
    }
}
