import LadderCore

/// The first-run welcome: a panel over the lower part of the contents that
/// names the three parts and the keys that reach them. Any key closes it and
/// still does what it does (Enter opens the first chapter); Esc only closes.
public enum WelcomeView {
    /// The panel's lines for a panel `width` columns wide inside its border.
    static func lines(width: Int) -> [StyledLine] {
        var lines = TriageText.lines(
            "Three parts, best taken in order:", width: width, role: .text)
        let parts = [
            (
                "F1",
                "Notes: the ideas, chapter by chapter. A chapter is ticked once it has been on screen long enough to read."
            ),
            (
                "F2",
                "Triage: sort a backlog into feels productive or advances you, with a line of feedback after each card."
            ),
            ("F3", "Scorecard: where your work and habits put you, gauge by gauge."),
        ]
        for (key, text) in parts {
            lines += TriageSummaryView.keyed(key, text, width: width)
        }
        lines += TriageText.lines(
            "Enter opens the first chapter. Tab moves between the parts, ? shows the keys, q quits.",
            width: width, role: .muted)
        return lines
    }

    /// True when `action` comes from the user and so closes the welcome.
    static func closes(_ action: Action) -> Bool {
        switch action {
        case .ticked, .resized, .flashed, .exportFinished, .exportFailed, .saveFailed: false
        default: true
        }
    }

    /// The panel as an overlay at the bottom of the screen, above the
    /// status bar, so the top of the contents stays in view.
    static func overlay(for state: AppState) -> Layer? {
        let size = state.size
        let width = min(size.width - 2, 76)
        guard width >= 24, size.height >= 10 else { return nil }
        let inner = width - 6
        let body = StyledLine.fit(lines(width: inner), rows: max(1, size.height - 5)).lines
        let height = body.count + 4
        let area = Rect(
            x: (size.width - width) / 2, y: max(1, size.height - 1 - height), width: width, height: height)
        var layer = Layer(rect: area, fill: Cell(" ", role: .overlay))
        Box.draw(into: &layer, title: "Welcome to ladder")
        for (row, line) in body.enumerated() {
            line.draw(into: &layer, x: 3, y: 2 + row, width: inner)
        }
        return layer
    }
}
