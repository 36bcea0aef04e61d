import LadderCore

/// Where the parts of the scorecard screen go at a size. Agreement with the
/// lesson sits on its own line above the leverage profile; a short key to
/// the numbers and marks sits under the gauges. Wide terminals put the
/// gauges and the statements side by side; others stack them, the
/// statements scrolling between the key and the summary. Every rect lies
/// inside the screen above the status bar, so small sizes only clip.
struct ScorecardLayout: Equatable {
    /// The narrowest width that puts the two halves side by side.
    static let sideBySideWidth = 110
    /// The lowest height (status bar included) for side by side.
    static let sideBySideHeight = 26
    /// How many gauge rows there are.
    static let gaugeCount = Gauge.allCases.count
    /// The most rows the short key takes.
    static let keyRows = 4

    /// True when gauges and statements sit side by side.
    var sideBySide: Bool
    /// The title row.
    var header: Rect
    /// The row of the rule under the title, if any.
    var rule: Int?
    /// The agreement line (how you sort), if there is room for it.
    var agreement: Rect?
    /// The heading over the gauges ("Leverage profile  now band …"), if any.
    var gaugeHeading: Int?
    /// The gauge rows.
    var gauges: Rect
    /// Rows per gauge: 1, 2 with the reason, 3 with a blank line.
    var rowsPerGauge: Int
    /// The short key under the gauges, if there is room for it.
    var key: Rect?
    /// The heading over the statements, if any.
    var statementHeading: Rect?
    /// The statement list (or the full key while it is shown).
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

    /// Rows granted to each part of the stacked layout, in the order they
    /// are granted as the height allows.
    private struct StackedRows {
        var key = 0
        var agreement = 0
        var statements = 1
        var summary = 0
        var profileHeading = 0
        var statementHeading = 0

        init(spare: Int, summaryRows: Int, keyWanted: Int) {
            var left = spare
            func grant(_ rows: Int) -> Int {
                let given = max(0, min(rows, left))
                left -= given
                return given
            }
            key = grant(1)
            agreement = grant(1)
            statements += grant(2)
            if left >= summaryRows { summary = grant(summaryRows) }
            key += grant(keyWanted - 1)
            profileHeading = grant(1)
            statementHeading = left >= 2 ? grant(1) : 0
            statements += grant(left)
        }
    }

    private static func stacked(width: Int, content: Int, summaryRows: Int) -> ScorecardLayout {
        let margin = width >= 60 ? 2 : 1
        let inner = max(0, width - 2 * margin)
        let gaugeRows = min(gaugeCount, max(0, content - 1))
        let rows = StackedRows(
            spare: max(0, content - 1 - gaugeRows - 1), summaryRows: summaryRows,
            keyWanted: ScorecardKey.rows(width: inner, limit: keyRows))
        func row(_ y: Int, _ height: Int) -> Rect { Rect(x: margin, y: y, width: inner, height: height) }
        var y = 1
        let agreement = rows.agreement > 0 ? row(y, 1) : nil
        y += rows.agreement
        let heading = rows.profileHeading > 0 ? y : nil
        y += rows.profileHeading
        let gauges = row(y, gaugeRows)
        y += gaugeRows
        let key = rows.key > 0 ? row(y, rows.key) : nil
        y += rows.key
        let statementHeading = rows.statementHeading > 0 ? row(y, 1) : nil
        y += rows.statementHeading
        let statements = row(y, max(0, min(rows.statements, content - y)))
        return ScorecardLayout(
            sideBySide: false,
            header: TabBar.headerArea(for: Size(width: width, height: content), current: .scorecard),
            rule: nil,
            agreement: agreement, gaugeHeading: heading, gauges: gauges, rowsPerGauge: 1, key: key,
            statementHeading: statementHeading, statements: statements, detail: nil,
            summary: row(content - rows.summary, rows.summary), roomySummary: false)
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
        let fixed = 2 + 2 + 1
        let roomy = body >= fixed + gaugeCount * 2 + keyRows + 1 + summaryRows.roomy
        let summaryHeight = roomy ? summaryRows.roomy : summaryRows.compact
        let available = body - fixed - summaryHeight
        let keyHeight = min(keyRows, max(1, available - gaugeCount * 2))
        let forGauges = available - keyHeight - 1
        let rowsPerGauge = forGauges >= gaugeCount * 3 - 1 ? 3 : (forGauges >= gaugeCount * 2 ? 2 : 1)
        let gaugeHeight = min(gaugeCount * rowsPerGauge - (rowsPerGauge == 3 ? 1 : 0), max(0, forGauges))
        let gaugeY = bodyY + 4
        let keyY = gaugeY + gaugeHeight + 1
        let summaryY = keyY + keyHeight + 1
        let detailHeight = body >= 24 ? 3 : 0
        return ScorecardLayout(
            sideBySide: true,
            header: TabBar.headerArea(for: Size(width: width, height: content), current: .scorecard),
            rule: top + 1, agreement: Rect(x: margin, y: bodyY, width: leftWidth, height: 1),
            gaugeHeading: bodyY + 2,
            gauges: Rect(x: margin, y: gaugeY, width: leftWidth, height: gaugeHeight),
            rowsPerGauge: rowsPerGauge, key: Rect(x: margin, y: keyY, width: leftWidth, height: keyHeight),
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
