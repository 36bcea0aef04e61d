import LadderCore

/// Where the parts of the scorecard screen go at a size. Wide terminals put
/// the gauges and the statements side by side; others stack them, the
/// statements scrolling between the gauges and the summary. Every rect
/// lies inside the screen above the status bar, so small sizes only clip.
struct ScorecardLayout: Equatable {
    /// The narrowest width that puts the two halves side by side.
    static let sideBySideWidth = 110
    /// The lowest height (status bar included) for side by side.
    static let sideBySideHeight = 22
    /// How many gauge rows there are.
    static let gaugeCount = Gauge.allCases.count

    /// True when gauges and statements sit side by side.
    var sideBySide: Bool
    /// The title row.
    var header: Rect
    /// The row of the rule under the title, if any.
    var rule: Int?
    /// The heading over the gauges ("Gauges  now band since trend"), if any.
    var gaugeHeading: Int?
    /// The gauge rows.
    var gauges: Rect
    /// Rows per gauge: 1, 2 with the reason, 3 with a blank line.
    var rowsPerGauge: Int
    /// The heading over the statements, if any.
    var statementHeading: Rect?
    /// The statement list.
    var statements: Rect
    /// The detail of the chosen statement (side by side only).
    var detail: Rect?
    /// The strongest, weakest and next move.
    var summary: Rect
    /// True when the summary has room for two-line entries.
    var roomySummary: Bool

    /// The layout for `width` × `height`, `summaryRows` being what the
    /// summary asks for (see `ScorecardSummary.height`).
    static func make(width: Int, height: Int, summaryRows: (compact: Int, roomy: Int)) -> ScorecardLayout {
        let content = max(0, height - 1)
        if width >= sideBySideWidth, height >= sideBySideHeight {
            return sideBySide(width: width, content: content, summaryRows: summaryRows)
        }
        return stacked(width: width, content: content, summaryRows: summaryRows.compact)
    }

    private static func stacked(width: Int, content: Int, summaryRows: Int) -> ScorecardLayout {
        let margin = width >= 60 ? 2 : 1
        let inner = max(0, width - 2 * margin)
        let airy = content >= 20
        let gaugeY = airy ? 2 : 1
        let gaugeRows = min(gaugeCount, max(0, content - gaugeY))
        let listTop = gaugeY + gaugeRows + (airy ? 1 : 0)
        let summaryHeight = content >= 18 ? summaryRows : 0
        let summaryY = content - summaryHeight
        let listBottom = summaryY - (summaryHeight > 0 && airy ? 1 : 0)
        let hasHeading = listBottom - listTop >= 4
        let listY = listTop + (hasHeading ? 1 : 0)
        return ScorecardLayout(
            sideBySide: false,
            header: TabBar.headerArea(for: Size(width: width, height: content), current: .scorecard),
            rule: nil,
            gaugeHeading: nil, gauges: Rect(x: margin, y: gaugeY, width: inner, height: gaugeRows),
            rowsPerGauge: 1,
            statementHeading: hasHeading ? Rect(x: margin, y: listTop, width: inner, height: 1) : nil,
            statements: Rect(x: margin, y: listY, width: inner, height: max(0, listBottom - listY)),
            detail: nil,
            summary: Rect(x: margin, y: summaryY, width: inner, height: summaryHeight), roomySummary: false)
    }

    private static func sideBySide(
        width: Int, content: Int, summaryRows: (compact: Int, roomy: Int)
    ) -> ScorecardLayout {
        let margin = 2
        let inner = width - 2 * margin
        let leftWidth = (inner - 3) / 2
        let rightX = margin + leftWidth + 3
        let rightWidth = width - margin - rightX
        let top = content >= 30 ? 1 : 0
        let bodyY = top + 3
        let body = max(0, content - bodyY)
        let roomy = body >= 2 + gaugeCount * 2 + 1 + summaryRows.roomy
        let summaryHeight = roomy ? summaryRows.roomy : summaryRows.compact
        let available = body - 2 - 1 - summaryHeight
        let rowsPerGauge = available >= gaugeCount * 3 - 1 ? 3 : (available >= gaugeCount * 2 ? 2 : 1)
        let gaugeHeight = min(gaugeCount * rowsPerGauge - (rowsPerGauge == 3 ? 1 : 0), max(0, available))
        let summaryY = bodyY + 2 + gaugeHeight + 1
        let detailHeight = body >= 24 ? 3 : 0
        return ScorecardLayout(
            sideBySide: true,
            header: TabBar.headerArea(for: Size(width: width, height: content), current: .scorecard),
            rule: top + 1,
            gaugeHeading: bodyY, gauges: Rect(x: margin, y: bodyY + 2, width: leftWidth, height: gaugeHeight),
            rowsPerGauge: rowsPerGauge,
            statementHeading: Rect(x: rightX, y: bodyY, width: rightWidth, height: 1),
            statements: Rect(
                x: rightX, y: bodyY + 2, width: rightWidth, height: max(0, body - 2 - detailHeight)),
            detail: detailHeight > 0
                ? Rect(x: rightX, y: content - detailHeight + 1, width: rightWidth, height: detailHeight - 1)
                : nil,
            summary: Rect(x: margin, y: summaryY, width: leftWidth, height: max(0, content - summaryY)),
            roomySummary: roomy)
    }

    /// The column of the line between the halves, side by side.
    var divider: Int? { sideBySide ? statements.x - 2 : nil }
}
