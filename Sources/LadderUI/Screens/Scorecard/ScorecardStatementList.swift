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

    /// Draws the statements of `scorecard` in `area`. With `expanded`,
    /// every statement is shown in full with a blank line between them when
    /// they fit; otherwise each takes one line except the chosen one.
    /// Returns the row after the last one drawn.
    @discardableResult
    static func draw(_ scorecard: ScorecardState, expanded: Bool, into layer: inout Layer, area: Rect) -> Int
    {
        guard !area.isEmpty, !scorecard.statements.isEmpty else { return area.y }
        let textWidth = max(1, area.width - prefixWidth(for: area.width) - 2)
        var items = items(scorecard, expanded: expanded, textWidth: textWidth)
        let spaced = expanded && items.reduce(0) { $0 + $1.lines.count + 1 } - 1 <= area.height
        if !spaced {
            items = items.map { Item(index: $0.index, lines: Array($0.lines.prefix(max(1, area.height)))) }
        }
        let window = visibleRange(
            items, selected: scorecard.selected, height: area.height, gap: spaced ? 1 : 0)
        var y = area.y
        for item in items[window] {
            if y > area.y, spaced { y += 1 }
            drawItem(item, scorecard, into: &layer, x: area.x, y: y, width: area.width, bottom: area.maxY)
            y += item.lines.count
        }
        if window.lowerBound > 0 { layer.write("↑", x: area.maxX - 1, y: area.y, role: .muted) }
        if window.upperBound < items.count {
            layer.write("↓", x: area.maxX - 1, y: area.maxY - 1, role: .muted)
        }
        return min(y, area.maxY)
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

    /// The items that fit in `height` rows around `selected`, growing
    /// below and above in turn so the chosen one sits near the middle.
    static func visibleRange(_ items: [Item], selected: Int, height: Int, gap: Int) -> Range<Int> {
        guard !items.isEmpty, height > 0 else { return 0..<0 }
        let chosen = min(max(0, selected), items.count - 1)
        var first = chosen
        var last = chosen
        var used = items[chosen].lines.count
        var grew = true
        while grew {
            grew = false
            if last + 1 < items.count, used + gap + items[last + 1].lines.count <= height {
                last += 1
                used += gap + items[last].lines.count
                grew = true
            }
            if first > 0, used + gap + items[first - 1].lines.count <= height {
                first -= 1
                used += gap + items[first].lines.count
                grew = true
            }
        }
        return first..<(last + 1)
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
