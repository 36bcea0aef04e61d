import LadderCore

/// What the numbers and marks on the scorecard mean, drawn under the
/// gauges in as many rows as the screen spares: short entries flowed into
/// lines, those that do not fit left to the full key (`i`), which the last
/// line then points to. The full key replaces the statements while shown.
enum ScorecardKey {
    /// The short entries for what the gauge rows show, most needed first.
    static func entries(_ columns: GaugeColumns) -> [String] {
        var entries = [
            "0 against · 50 even · 100 for",
            "○ low <40 · ◐ mid · ● high 70+",
            "– not enough yet: under \(GaugeReading.enoughItems) cards + answers",
        ]
        if columns.evidence > 0 { entries.append("3c·2a = 3 cards, 2 answers behind it") }
        entries.append("▸ moved most · • fed by the statement")
        if columns.spark > 0 { entries.append("trend ▁ 0 … █ 100 on this deck") }
        if columns.delta > 0 { entries.append("▲▼ since last time, same deck") }
        return entries
    }

    /// Every entry the short key can have: the most it ever needs.
    static let allEntries = entries(
        GaugeColumns(label: 15, bar: 1, band: 7, delta: 5, evidence: 8, spark: 13))

    /// How many rows the short key wants at `width`, at most `limit`.
    static func rows(width: Int, limit: Int) -> Int { lines(allEntries, width: width, rows: limit).count }

    /// The hint that ends the last line when entries were left out.
    static let moreHint = "i: key"

    /// `entries` flowed into at most `rows` lines of `width` columns, three
    /// spaces apart; when some do not fit, the last line gives up entries
    /// from its end until `moreHint` fits after them.
    static func lines(_ entries: [String], width: Int, rows: Int) -> [String] {
        guard width > 0, rows > 0 else { return [] }
        func fits(_ line: [String]) -> Bool { TextWidth.of(line.joined(separator: "   ")) <= width }
        var lines: [[String]] = [[]]
        var placed = 0
        for entry in entries {
            let last = lines.count - 1
            if fits(lines[last] + [entry]) {
                lines[last].append(entry)
            } else if lines.count < rows, fits([entry]) {
                lines.append([entry])
            } else {
                break
            }
            placed += 1
        }
        if placed < entries.count {
            let last = lines.count - 1
            while !lines[last].isEmpty, !fits(lines[last] + [moreHint]) { lines[last].removeLast() }
            if fits(lines[last] + [moreHint]) { lines[last].append(moreHint) }
        }
        return lines.map { $0.joined(separator: "   ") }.filter { !$0.isEmpty }
    }

    /// Draws the short key in `area`.
    static func draw(columns: GaugeColumns, into layer: inout Layer, area: Rect) {
        for (row, line) in lines(entries(columns), width: area.width, rows: area.height).enumerated() {
            layer.write(line, x: area.x, y: area.y + row, role: .muted)
        }
    }

    /// The full key: agreement, what the numbers and marks mean, where the
    /// formula is; wrapped to `width`.
    static func fullLines(_ result: ScorecardResult, width: Int) -> [(text: String, role: Role)] {
        var lines: [(String, Role)] = [("What the scorecard shows", .heading)]
        let parts =
            [
                "How you sort: " + result.agreement.summary + ". Kept apart from the profile.",
                "The profile: where your chosen work and your habits put you, gauge by gauge.",
                "3c·2a beside a gauge: the 3 cards and 2 answers that stand behind it.",
            ] + ScorecardLegend.lines + ["The formula: ? help, or the README."]
        for part in parts {
            lines += WordWrap.wrap(part, width: max(1, width)).map { ($0, Role.text) }
        }
        lines.append(("i closes this key", .muted))
        return lines
    }

    /// Draws the full key in `area` from line `top` (clamped so the end
    /// stays in view), with "↑" and "↓" when there is more.
    static func drawFull(_ result: ScorecardResult, top: Int, into layer: inout Layer, area: Rect) {
        guard !area.isEmpty else { return }
        let lines = fullLines(result, width: max(1, area.width - 2))
        let first = max(0, min(top, lines.count - area.height))
        for (row, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            layer.write(line.text, x: area.x, y: area.y + row, role: line.role, limit: area.width - 2)
        }
        if first > 0 { layer.write("↑", x: area.maxX - 1, y: area.y, role: .muted) }
        if first + area.height < lines.count {
            layer.write("↓", x: area.maxX - 1, y: area.maxY - 1, role: .muted)
        }
    }
}
