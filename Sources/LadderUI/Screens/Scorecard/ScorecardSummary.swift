import LadderCore

/// The verdict under the gauges: the strongest and the weakest gauge, each
/// with the chapter that speaks to it and the key that opens it, and one
/// suggested next move. Before anything is answered or sorted, a prompt.
enum ScorecardSummary {
    /// Columns taken by the line titles ("▲ Strongest  ").
    static let titleWidth = 13

    /// Rows the summary wants at `width`: two-line entries when `roomy`.
    static func height(for result: ScorecardResult, width: Int, roomy: Bool) -> Int {
        guard hasSignal(result), let next = result.nextMove else { return 2 }
        let move = WordWrap.wrap(next, width: max(1, width - titleWidth), limit: 3).count
        return (roomy ? 5 : 2) + move
    }

    /// True once some gauge has enough evidence to show a score.
    static func hasSignal(_ result: ScorecardResult) -> Bool {
        result.strongest != nil
    }

    /// Draws the summary in `area`; `roomy` gives each gauge two lines and
    /// a blank line before the next move.
    static func draw(
        _ result: ScorecardResult, module: Module, roomy: Bool, into layer: inout Layer, area: Rect
    ) {
        guard !area.isEmpty else { return }
        guard let strongest = result.strongest, let weakest = result.weakest, let next = result.nextMove
        else {
            let lines = [
                "A gauge shows a score once \(GaugeReading.enoughItems) cards and answers stand behind it.",
                "Rate a statement with 0–4 (or ← →) and watch the gauges move.",
            ]
            for (row, line) in lines.enumerated() where row < area.height {
                layer.write(
                    TextWidth.truncate(line, to: area.width), x: area.x, y: area.y + row, role: .muted)
            }
            return
        }
        var y = area.y
        let entries: [(String, Gauge, Character)] = [
            ("▲ Strongest", strongest, "s"), ("▼ Weakest", weakest, "w"),
        ]
        for (title, gauge, key) in entries where y < area.maxY {
            y = drawGauge(
                title, gauge, key: key, result, module, roomy: roomy, into: &layer, area: area, y: y)
        }
        if roomy { y += 1 }
        guard y < area.maxY else { return }
        layer.write("→ Next move", x: area.x, y: y, role: .heading, limit: area.width)
        let width = max(1, area.width - titleWidth)
        for line in WordWrap.wrap(next, width: width, limit: min(3, area.maxY - y)) {
            layer.write(line, x: area.x + titleWidth, y: y, role: .text, limit: width)
            y += 1
        }
    }

    /// One gauge entry: its name, value and band, then its chapter on the
    /// same line or, when `roomy`, the next. Returns the row after it.
    private static func drawGauge(
        _ title: String, _ gauge: Gauge, key: Character, _ result: ScorecardResult, _ module: Module,
        roomy: Bool, into layer: inout Layer, area: Rect, y: Int
    ) -> Int {
        let reading = result.reading(gauge)
        layer.write(title, x: area.x, y: y, role: .heading, limit: area.width)
        var x = area.x + titleWidth
        x += layer.write(gauge.label + " ", x: x, y: y, role: .strong, limit: max(0, area.maxX - x))
        let value = "\(ScorecardText.valueText(reading)) \(ScorecardText.bandText(reading.band))"
        x += layer.write(
            value, x: x, y: y, role: ScorecardText.role(reading.band), limit: max(0, area.maxX - x))
        guard roomy else {
            x += layer.write(" · ", x: x, y: y, role: .muted, limit: max(0, area.maxX - x))
            drawChapter(gauge, key: key, module, into: &layer, x: x, y: y, right: area.maxX)
            return y + 1
        }
        guard y + 1 < area.maxY else { return y + 1 }
        drawChapter(gauge, key: key, module, into: &layer, x: area.x + titleWidth, y: y + 1, right: area.maxX)
        return y + 2
    }

    /// "chapter 3 · Title" from `x`, and "s read" against `right` when the
    /// module has the chapter and there is room.
    private static func drawChapter(
        _ gauge: Gauge, key: Character, _ module: Module, into layer: inout Layer, x: Int, y: Int, right: Int
    ) {
        let title = ScorecardText.chapterTitle(gauge.chapter, in: module)
        let chapter = title ?? ""
        let hintWidth = title == nil ? 0 : 2 + 1 + TextWidth.of(" read")
        let room = right - x - hintWidth
        layer.write(TextWidth.truncate(chapter, to: max(0, room)), x: x, y: y, role: .muted)
        guard hintWidth > 0, room > 8 else { return }
        layer.write(String(key), x: right - hintWidth + 2, y: y, role: .accent)
        layer.write(" read", x: right - hintWidth + 3, y: y, role: .muted)
    }
}
