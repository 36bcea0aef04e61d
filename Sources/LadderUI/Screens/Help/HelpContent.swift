/// What the help overlay lists: the keys that work on the screen beneath,
/// read from its binding tables, then the keys that work everywhere, the
/// mouse, and any extra the screen adds (the scorecard's formula).
public enum HelpContent {
    /// A titled group of key descriptions.
    public struct Section: Equatable, Sendable {
        /// The group's title.
        public var title: String
        /// Keys and what they do.
        public var rows: [(keys: String, action: String)]

        /// Creates a section.
        public init(title: String, rows: [(keys: String, action: String)]) {
            self.title = title
            self.rows = rows
        }

        /// Sections are equal when titles and rows are.
        public static func == (lhs: Section, rhs: Section) -> Bool {
            lhs.title == rhs.title && lhs.rows.map(\.keys) == rhs.rows.map(\.keys)
                && lhs.rows.map(\.action) == rhs.rows.map(\.action)
        }
    }

    /// What the mouse does, for the help and the README.
    public static let mouse = Section(
        title: "Mouse",
        rows: [
            ("click", "select, open, sort onto a pile or rate what is under it"),
            ("wheel", "scroll what is under the pointer"),
            ("click outside", "close the help"),
            ("Shift+drag", "select text while the mouse is on"),
        ])

    /// The help for `state`: the screen's keys first, then the keys that
    /// work everywhere, the mouse and the screen's extras.
    public static func sections(in state: AppState) -> [Section] {
        var beneath = state
        beneath.showsHelp = false
        let module = ScreenRegistry.module(for: state.screen)
        let filter = HelpFilter(state.helpFilter)
        var sections = module.activeTables(in: beneath).map { section($0, in: beneath, filter: filter) }
        sections.append(section(GlobalBindings.table, in: beneath, filter: filter))
        sections.append(filter.filter(mouse))
        sections += module.helpSections(in: beneath).map(filter.filter)
        return sections.filter { !$0.rows.isEmpty }
    }

    /// A table's bindings that work in `state` and match `filter` (by keys,
    /// stable name or text), as a section.
    static func section(_ table: BindingTable, in state: AppState, filter: HelpFilter = HelpFilter(""))
        -> Section
    {
        let shown = table.bindings.filter { binding in
            binding.works(in: state) && filter.matches(binding.keyText(in: state), binding.name, binding.help)
        }
        return Section(title: table.title, rows: shown.map { ($0.keyText(in: state), $0.help) })
    }

    /// The help as lines of (keys, text); a section title has empty keys.
    public static func lines(in state: AppState) -> [(keys: String, text: String)] {
        var lines: [(String, String)] = []
        for section in sections(in: state) {
            if !lines.isEmpty { lines.append(("", "")) }
            lines.append(("", section.title))
            lines += section.rows.map { ($0.keys, $0.action) }
        }
        return lines
    }
}
