import LadderCore

/// The help overlay: a box listing the keys that work on the screen
/// beneath. The overlay covers everything between the tabs and the status
/// bar, so no fragment of the screen shows around the box, and a click on
/// the blank around the box closes it.
public enum HelpOverlay {
    /// Where the overlay and its box go at a size.
    public struct Layout: Equatable, Sendable {
        /// The whole overlay: every row between the tabs and the status bar.
        public var cover: Rect
        /// The box, centred in the cover.
        public var box: Rect
        /// Rows of help text the box shows.
        public var textRows: Int
        /// Columns of the keys column.
        public var keyWidth: Int
    }

    /// The layout for the help of `state`.
    public static func layout(for state: AppState) -> Layout {
        // Sized for every row, so the box stands still while a filter narrows it.
        var unfiltered = state
        unfiltered.helpFilter = ""
        let lines = HelpContent.lines(in: unfiltered)
        let size = state.size
        let top = size.height >= 10 ? 1 : 0
        let cover = Rect(x: 0, y: top, width: size.width, height: max(0, size.height - 1 - top))
        let keyWidth = lines.map { TextWidth.of($0.keys) }.max() ?? 0
        let textWidth = lines.map { TextWidth.of($0.text) }.max() ?? 0
        let width = min(cover.width, max(20, keyWidth + textWidth + 7))
        let rows = HelpRows.rows(lines, width: width - 5, keyWidth: keyWidth)
        let height = min(cover.height, rows.count + 4)
        let box = Rect(
            x: cover.x + max(0, (cover.width - width) / 2), y: cover.y + max(0, (cover.height - height) / 2),
            width: width, height: height)
        return Layout(cover: cover, box: box, textRows: max(0, height - 4), keyWidth: keyWidth)
    }

    /// Builds the overlay layer for `state`.
    public static func layer(for state: AppState) -> Layer {
        let layout = layout(for: state)
        let lines = rows(for: state, in: layout)
        var layer = Layer(rect: layout.cover, fill: Cell(" ", role: .surface))
        var box = Layer(rect: layout.box, fill: Cell(" ", role: .overlay))
        Box.draw(into: &box, title: "Help")
        drawFilter(state, into: &box, width: layout.box.width)
        if lines.isEmpty {
            box.write(
                "no key, action or text contains '\(state.helpFilter)'", x: 3, y: 2, role: .muted,
                limit: layout.box.width - 5)
        }
        let width = layout.box.width
        let rows = layout.textRows
        let heights = Array(repeating: 1, count: lines.count)
        var scroll = state.help
        scroll.clamp(heights: heights, rows: rows)
        for placed in ListView.window(top: scroll.top, heights: heights, rows: rows) {
            draw(lines[placed.index], y: placed.y + 2, into: &box, width: width - 5)
        }
        if lines.count > rows, layout.box.height >= 3 {
            let keys = scrollKeys(in: state)
            let more = scroll.top + rows < lines.count ? " \(keys): more ↓ " : " \(keys): more ↑ "
            box.write(
                more, x: max(1, width - TextWidth.of(more) - 2), y: layout.box.height - 1, role: .muted,
                limit: width - 2)
        }
        layer.paste(box)
        return layer
    }

    /// The help's screen rows for `state` in `layout`: the filtered lines,
    /// wrapped to the box.
    public static func rows(for state: AppState, in layout: Layout) -> [HelpRows.Row] {
        HelpRows.rows(HelpContent.lines(in: state), width: layout.box.width - 5, keyWidth: layout.keyWidth)
    }

    /// Draws one screen row of the help at row `y` of a text area `width`
    /// columns wide that starts at column 3 of the box.
    private static func draw(_ row: HelpRows.Row, y: Int, into box: inout Layer, width: Int) {
        let limit = max(0, width - row.indent)
        switch row.kind {
        case .heading: box.write(row.text, x: 3, y: y, role: .heading, limit: width)
        case .keys:
            box.write(row.keys, x: 3, y: y, role: .accent, limit: width)
            box.write(row.text, x: 3 + row.indent, y: y, role: .overlay, limit: limit)
        case .more: box.write(row.text, x: 3 + row.indent, y: y, role: .overlay, limit: limit)
        }
    }

    /// The filter's row, under the title: a reminder that typing filters,
    /// or what was typed.
    private static func drawFilter(_ state: AppState, into box: inout Layer, width: Int) {
        guard box.size.height >= 4 else { return }
        if state.helpFilter.isEmpty {
            box.write("type to filter", x: 3, y: 1, role: .muted, limit: width - 5)
        } else {
            let x = 3 + box.write("filter: ", x: 3, y: 1, role: .muted, limit: width - 5)
            box.write(state.helpFilter, x: x, y: 1, role: .accent, limit: max(0, width - 2 - x))
        }
    }

    /// Where the terminal's cursor goes while help is open: after the
    /// filter while one is typed, else on the first row shown.
    public static func focus(for state: AppState) -> (x: Int, y: Int)? {
        let box = layout(for: state).box
        guard box.height >= 4 else { return nil }
        if !state.helpFilter.isEmpty {
            let end = box.x + 3 + TextWidth.of("filter: ") + TextWidth.of(state.helpFilter)
            return (min(end, box.maxX - 2), box.y + 1)
        }
        return HelpContent.lines(in: state).isEmpty ? nil : (box.x + 3, box.y + 2)
    }

    /// The keys that scroll the help a line, as the status bar writes them.
    static func scrollKeys(in state: AppState) -> String {
        let line = HelpBindings.table.bindings.first { $0.name == "help.line" }
        return line?.hint(in: state)?.key ?? "j/k"
    }

    /// How many help lines do not fit at the current size.
    public static func hiddenLines(for state: AppState) -> Int {
        let layout = layout(for: state)
        let lines = rows(for: state, in: layout).count
        return ListView.lastTop(heights: Array(repeating: 1, count: lines), rows: layout.textRows)
    }

    /// Rows of help text the box shows at the current size.
    public static func textRows(for state: AppState) -> Int { layout(for: state).textRows }
}
