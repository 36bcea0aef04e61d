import LadderCore

/// The first-run welcome: a panel over the lower part of the contents that
/// names the three parts and the keys that reach them. Any key closes it and
/// still does what it does (Enter opens the first chapter); Esc only closes.
public enum WelcomeView {
    /// The panel's lines for a panel `width` columns wide inside its
    /// border. Each part is named by its tab's title and its key in force,
    /// as the tab bar and the help name them.
    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        var lines = TriageText.lines(
            "Three parts, best taken in order:", width: width, role: .text)
        let parts: [(Screen, String)] = [
            (
                .home,
                "the ideas, chapter by chapter. A chapter is ticked once it has been on screen long enough to read."
            ),
            (
                .triage,
                "sort a backlog into feels productive or advances you, with a line of feedback after each card."
            ),
            (.scorecard, "where your work and habits put you, gauge by gauge."),
        ]
        for (screen, text) in parts {
            let title = ScreenRegistry.module(for: screen).tabTitle ?? screen.name
            let line = "\(title): \(text)"
            if let key = state.globalKeyName("app.\(screen.name)") {
                lines += TriageSummaryView.keyed(key, line, width: width)
            } else {
                lines += TriageText.lines(line, width: width, role: .text)
            }
        }
        lines += TriageText.lines(keysSentence(state), width: width, role: .muted)
        return lines
    }

    /// The closing sentence: which keys open the first chapter, move
    /// between the parts, show the keys and quit, each as bound.
    public static func keysSentence(_ state: AppState) -> String {
        var sentences: [String] = []
        if let open = state.keyName("contents.open", in: ContentsBindings.table) {
            sentences.append("\(open) opens the first chapter.")
        }
        let clauses = [
            state.globalKeyName("app.next-screen").map { "\($0) moves between the parts" },
            state.globalKeyName("app.help").map { "\($0) shows the keys" },
            state.globalKeyName("app.quit").map { "\($0) quits" },
        ].compactMap { $0 }
        if !clauses.isEmpty { sentences.append(clauses.joined(separator: ", ") + ".") }
        return sentences.joined(separator: " ")
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
        let body = StyledLine.fit(lines(state, width: inner), rows: max(1, size.height - 5)).lines
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
