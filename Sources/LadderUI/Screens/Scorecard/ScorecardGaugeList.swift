import LadderCore

/// The eight gauges of the leverage profile, one row each: marker, label,
/// bar coloured by band (or "not enough yet"), value, band symbol and word,
/// change since last time, the cards and answers behind it and a sparkline
/// of the history; with room, a line under each saying why it reads so.
enum ScorecardGaugeList {
    /// What the list shows.
    struct Content {
        /// The gauges now.
        var result: ScorecardResult
        /// The earlier snapshots; the newest is "last time".
        var history: ScorecardHistory
        /// The gauge that just moved most, marked "▸".
        var marked: Gauge?
        /// The gauges the chosen statement feeds, marked "•".
        var fed: Set<Gauge>
    }

    /// Draws a column heading row ("now", "band", …) at `y` for `columns`.
    static func drawHeading(
        _ title: String, columns: GaugeColumns, into layer: inout Layer, x: Int, y: Int, width: Int
    ) {
        layer.write(title, x: x, y: y, role: .heading, attributes: [.bold], limit: width)
        let labels: [(String, Int, Int)] = [
            ("now", columns.valueX, 3), ("band", columns.bandX + 1, columns.band - 1),
            ("since", columns.deltaX, columns.delta), ("behind", columns.evidenceX + 1, columns.evidence - 1),
            ("trend", columns.sparkX, columns.spark - 1),
        ]
        for (text, at, room) in labels where room >= TextWidth.of(text) && at + room <= width {
            let shown = text == "now" ? ScorecardText.padLeft(text, 3) : text
            layer.write(shown, x: x + at, y: y, role: .muted)
        }
    }

    /// The columns rows of `width` use for `content`; rows with a line of
    /// reasons under them (`rowsPerGauge` 2 or more) say their evidence there.
    static func columns(for content: Content, width: Int, rowsPerGauge: Int = 1) -> GaugeColumns {
        let points = content.history.entries.isEmpty ? 0 : min(12, content.history.entries.count + 1)
        return GaugeColumns.fit(
            width: width, sparkPoints: points, hasPrevious: content.history.latest != nil,
            evidence: rowsPerGauge < 2)
    }

    /// Draws every gauge in `area`, `rowsPerGauge` rows each (1: the row;
    /// 2: and why; 3: and a blank line).
    static func draw(_ content: Content, rowsPerGauge: Int, into layer: inout Layer, area: Rect) {
        guard !area.isEmpty else { return }
        let columns = columns(for: content, width: area.width, rowsPerGauge: rowsPerGauge)
        for (index, gauge) in Gauge.allCases.enumerated() {
            let y = area.y + index * max(1, rowsPerGauge)
            guard y < area.maxY else { break }
            drawRow(gauge, content, columns: columns, into: &layer, x: area.x, y: y, width: area.width)
            if rowsPerGauge >= 2, y + 1 < area.maxY {
                let reading = content.result.reading(gauge)
                let why = reading.evidenceText + " · " + (ScorecardWhy.text(for: reading) ?? gauge.meaning)
                let room = max(0, area.width - GaugeColumns.marker)
                layer.write(
                    TextWidth.truncate(why, to: room), x: area.x + GaugeColumns.marker, y: y + 1, role: .muted
                )
            }
        }
    }

    /// One gauge's row.
    static func drawRow(
        _ gauge: Gauge, _ content: Content, columns: GaugeColumns, into layer: inout Layer, x: Int, y: Int,
        width: Int
    ) {
        let reading = content.result.reading(gauge)
        let band = reading.band
        let isMarked = gauge == content.marked
        let isFed = content.fed.contains(gauge)
        let marker = isMarked ? "▸" : (isFed ? "•" : " ")
        layer.write(marker, x: x, y: y, role: isMarked ? .changed : .accent, limit: width)
        let labelRole: Role = isMarked ? .changed : (isFed ? .accent : .text)
        let label = ScorecardText.label(gauge, width: columns.label)
        layer.write(
            label, x: x + GaugeColumns.marker, y: y, role: labelRole, limit: width - GaugeColumns.marker)
        guard reading.isEnough else {
            // The bar, value and band columns say it in words instead.
            let room = max(0, min(width, columns.evidenceX) - columns.barX - 1)
            let evidence = reading.evidenceCount > 0 ? " · " + reading.evidenceText : ""
            let note = "not enough yet" + evidence
            let shown = TextWidth.of(note) <= room ? note : TextWidth.truncate("not enough yet", to: room)
            layer.write(shown, x: x + columns.barX, y: y, role: .muted)
            drawHistory(gauge, reading, content, columns: columns, into: &layer, x: x, y: y, width: width)
            return
        }
        ProgressBar.draw(
            into: &layer, x: x + columns.barX, y: y, width: columns.bar, fraction: reading.value / 100,
            role: ScorecardText.role(band))
        let value = ScorecardText.padLeft(ScorecardText.valueText(reading), 3)
        layer.write(
            value, x: x + columns.valueX, y: y, role: ScorecardText.role(band), attributes: [.bold],
            limit: width - columns.valueX)
        let bandText = columns.band >= 7 ? ScorecardText.bandText(band) : ScorecardText.symbol(band)
        layer.write(
            bandText, x: x + columns.bandX + 1, y: y, role: ScorecardText.role(band),
            limit: max(0, width - columns.bandX - 1))
        drawHistory(gauge, reading, content, columns: columns, into: &layer, x: x, y: y, width: width)
    }

    /// The change since last time and the sparkline, when there is a history.
    private static func drawHistory(
        _ gauge: Gauge, _ reading: GaugeReading, _ content: Content, columns: GaugeColumns,
        into layer: inout Layer, x: Int, y: Int, width: Int
    ) {
        if columns.delta > 0, reading.isEnough, let before = content.history.latest?.values[gauge] {
            let change = ScorecardText.change(from: before, to: reading.value)
            let text = ScorecardText.padLeft(change.text, 3)
            layer.write(
                text, x: x + columns.deltaX + 1, y: y, role: change.role,
                limit: max(0, width - columns.deltaX - 1))
        }
        if columns.evidence > 1 {
            let text = ScorecardText.padLeft(ScorecardText.evidenceShort(reading), columns.evidence - 1)
            layer.write(
                text, x: x + columns.evidenceX + 1, y: y, role: .muted,
                limit: max(0, width - columns.evidenceX - 1))
        }
        if columns.spark > 1 {
            let points = columns.spark - 1
            let now = reading.isEnough ? [reading.value] : []
            let series = content.history.series(for: gauge, last: points - 1) + now
            let line = Sparkline.render(series, width: points)
            layer.write(
                line, x: x + columns.sparkX, y: y, role: .accent, limit: max(0, width - columns.sparkX))
        }
    }
}
