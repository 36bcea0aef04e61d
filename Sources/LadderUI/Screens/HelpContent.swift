/// The keys each screen answers to, as the help overlay lists them.
public enum HelpContent {
    /// A titled group of key descriptions.
    public struct Section: Equatable, Sendable {
        /// The group's title.
        public var title: String
        /// Keys and what they do.
        public var rows: [(keys: String, action: String)]

        /// Sections are equal when titles and rows are.
        public static func == (lhs: Section, rhs: Section) -> Bool {
            lhs.title == rhs.title && lhs.rows.map(\.keys) == rhs.rows.map(\.keys)
                && lhs.rows.map(\.action) == rhs.rows.map(\.action)
        }
    }

    /// The help for `screen`: its own keys first, then the keys that work everywhere.
    public static func sections(for screen: Screen) -> [Section] {
        var sections: [Section] = []
        switch screen {
        case .home:
            sections.append(
                Section(
                    title: "Contents",
                    rows: [
                        ("j k ↓ ↑", "move the selection"),
                        ("Space b", "a page down or up"),
                        ("g G", "first or last chapter"),
                        ("Enter l →", "open the chapter"),
                    ]))
        case .reader:
            sections.append(
                Section(
                    title: "Reading",
                    rows: [
                        ("j k ↓ ↑ Enter", "a line down or up"),
                        ("Space f PgDn", "a page down"),
                        ("b PgUp", "a page up"),
                        ("d u", "half a page down or up"),
                        ("g G Home End", "top or bottom of the chapter"),
                        ("] [ → ←", "next or previous chapter"),
                        ("Esc h", "back to the contents"),
                    ]))
        case .triage:
            sections.append(Section(title: "Triage", rows: TriageKeymap.helpRows))
        case .scorecard:
            sections.append(Section(title: "Scorecard", rows: ScorecardKeymap.keyRows))
        }
        sections.append(
            Section(
                title: "Everywhere",
                rows: [
                    ("/", "search every chapter"),
                    ("n N", "next or previous match"),
                    ("1 2 3", "contents, triage, scorecard"),
                    ("t", "next theme"),
                    ("?", "show or hide this help"),
                    ("Esc", "close, or go back"),
                    ("q Ctrl-C", "save your place and quit"),
                ]))
        if screen == .scorecard || screen == .triage {
            sections.append(Section(title: "How the gauges are computed", rows: ScorecardKeymap.formulaRows))
        }
        return sections
    }

    /// The help as lines of (keys, text); a section title has empty keys.
    public static func lines(for screen: Screen) -> [(keys: String, text: String)] {
        var lines: [(String, String)] = []
        for section in sections(for: screen) {
            if !lines.isEmpty { lines.append(("", "")) }
            lines.append(("", section.title))
            lines += section.rows.map { ($0.keys, $0.action) }
        }
        return lines
    }
}
