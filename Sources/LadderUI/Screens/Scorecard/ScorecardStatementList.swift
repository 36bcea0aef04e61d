import LadderCore

/// The self-assessment statements with their ratings as dots, digit and
/// words. The chosen one is highlighted and shown in full; the list
/// scrolls to keep it in the middle when not everything fits.
enum ScorecardStatementList {
    /// One statement as laid out: its index and its text lines.
    struct Item: Equatable {
        /// Index into the statements.
        var index: Int
        /// The text, wrapped.
        var lines: [String]
    }

    /// Columns before the statement text: wide with the rating's words,
    /// narrow with its digit only.
    static func prefixWidth(for width: Int) -> Int {
        width >= 50 ? 2 + 4 + 2 + ScorecardText.ratingWordsWidth + 2 : 2 + 4 + 1 + 1 + 1
    }

    /// The statements as laid out in `area`: the items with their lines,
    /// the ones shown and where, and the rows between them. Drawing, the
    /// keys and the mouse all read this.
    struct Placement: Equatable {
        /// Every statement, wrapped.
        var items: [Item]
        /// The ones shown, rows counted from the area's top.
        var placed: [ListView.Placed]
        /// Blank rows between items.
        var gap: Int
    }

    /// Where the statements of `scorecard` go in `area`. With `expanded`,
    /// every statement is shown in full with a blank line between them when
    /// they fit; otherwise each takes one line except the chosen one. The
    /// list scrolls just enough to show the chosen statement.
    static func placement(_ scorecard: ScorecardState, expanded: Bool, area: Rect) -> Placement {
        let textWidth = max(1, area.width - prefixWidth(for: area.width) - 2)
        var items = items(scorecard, expanded: expanded, textWidth: textWidth)
        let spaced = expanded && items.reduce(0) { $0 + $1.lines.count + 1 } - 1 <= area.height
        if !spaced {
            items = items.map { Item(index: $0.index, lines: Array($0.lines.prefix(max(1, area.height)))) }
        }
        let gap = spaced ? 1 : 0
        let heights = items.map(\.lines.count)
        var scroll = scorecard.list
        scroll.reveal(scorecard.selected, heights: heights, rows: area.height, gap: gap)
        scroll.clamp(heights: heights, rows: area.height, gap: gap)
        let placed = ListView.window(top: scroll.top, heights: heights, rows: area.height, gap: gap)
        return Placement(items: items, placed: placed, gap: gap)
    }

    /// Draws the statements of `scorecard` in `area` (see `placement`).
    /// Returns the row after the last one drawn.
    @discardableResult
    static func draw(_ scorecard: ScorecardState, expanded: Bool, into layer: inout Layer, area: Rect) -> Int
    {
        guard !area.isEmpty, !scorecard.statements.isEmpty else { return area.y }
        let placement = placement(scorecard, expanded: expanded, area: area)
        var end = area.y
        for spot in placement.placed {
            let item = placement.items[spot.index]
            let y = area.y + spot.y
            drawItem(item, scorecard, into: &layer, x: area.x, y: y, width: area.width, bottom: area.maxY)
            end = y + spot.height
        }
        ListView.drawMarks(
            placement.placed, count: placement.items.count, heights: placement.items.map(\.lines.count),
            into: &layer, area: area)
        return min(end, area.maxY)
    }

    /// What a click at (`x`, `y`) in `area` does: on a rating dot, rates
    /// the statement (the dot already reached takes one off, so a single
    /// dot can go back to 0); elsewhere on a statement, chooses it.
    static func click(
        x: Int, y: Int, _ scorecard: ScorecardState, expanded: Bool, area: Rect
    ) -> ScorecardAction? {
        guard area.contains(column: x, row: y) else { return nil }
        let placement = placement(scorecard, expanded: expanded, area: area)
        guard let index = ListView.item(atRow: y - area.y, in: placement.placed),
            scorecard.statements.indices.contains(index)
        else { return nil }
        let statement = scorecard.statements[index]
        let dot = x - area.x - 2
        let first = placement.placed.first { $0.index == index }?.y ?? 0
        guard (0..<4).contains(dot), y - area.y == first else {
            return .statementMoved(index - scorecard.selected)
        }
        let current = scorecard.assessment.rating(for: statement.id)
        return .statementRated(id: statement.id, value: current == dot + 1 ? dot : dot + 1)
    }

    /// Every statement wrapped to `textWidth`: up to three lines when
    /// `expanded` or chosen, one line cut with "…" otherwise.
    static func items(_ scorecard: ScorecardState, expanded: Bool, textWidth: Int) -> [Item] {
        scorecard.statements.indices.map { index in
            let text = scorecard.statements[index].text
            guard expanded || index == scorecard.selected else {
                return Item(index: index, lines: [TextWidth.truncate(text, to: textWidth)])
            }
            return Item(index: index, lines: WordWrap.wrap(text, width: textWidth, limit: 3))
        }
    }

    /// One statement: marker, dots, rating, text lines.
    private static func drawItem(
        _ item: Item, _ scorecard: ScorecardState, into layer: inout Layer, x: Int, y: Int, width: Int,
        bottom: Int
    ) {
        let selected = item.index == scorecard.selected
        let rating = scorecard.assessment.rating(for: scorecard.statements[item.index].id)
        let rows = min(item.lines.count, max(0, bottom - y))
        if selected { layer.fill(Rect(x: x, y: y, width: width, height: rows), role: .selection) }
        let base: Role = selected ? .selection : .text
        var column = x
        column += layer.write(selected ? "› " : "  ", x: column, y: y, role: selected ? .selection : .accent)
        column += layer.write(
            ScorecardText.dots(rating), x: column, y: y, role: selected ? .selection : .accent)
        let words =
            width >= 50
            ? "  " + ScorecardText.fit(ScorecardText.ratingWords(rating), ScorecardText.ratingWordsWidth)
                + "  "
            : " " + (rating.map(String.init) ?? "–") + " "
        let wordsRole: Role = selected ? .selection : (rating == nil ? .muted : .text)
        layer.write(words, x: column, y: y, role: wordsRole, limit: max(0, x + width - column))
        let textX = x + prefixWidth(for: width)
        for (offset, line) in item.lines.prefix(rows).enumerated() {
            layer.write(line, x: textX, y: y + offset, role: base, limit: max(0, x + width - textX))
        }
    }
}
