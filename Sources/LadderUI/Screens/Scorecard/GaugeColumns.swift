/// Where each part of a gauge row goes, worked out once for a width so that
/// every row lines up: marker, label, bar, value, band, change, evidence,
/// sparkline. Parts are dropped as the width shrinks: the sparkline first,
/// then the band's word (its symbol stays), then the label is shortened;
/// the evidence stays while there is a column for the bar.
struct GaugeColumns: Equatable {
    /// Columns for the marker ("▸" or "•") and its space.
    static let marker = 2
    /// The widest label ("Output → Impact").
    static let fullLabel = 15
    /// The longest bar drawn; wider rows leave the rest empty.
    static let longestBar = 36
    /// Columns for the evidence ("80c·20a") and its leading space.
    static let evidenceWidth = 8

    /// Label columns.
    var label: Int
    /// Bar columns.
    var bar: Int
    /// Band columns: 7 for " ◐ mid ", 2 for " ◐".
    var band: Int
    /// Change columns: 5 for " ▲12" and a gap, 0 without a comparison.
    var delta: Int
    /// Evidence columns ("3c·2a" right-aligned), 0 when not shown.
    var evidence: Int
    /// Sparkline columns including its leading space, 0 when not shown.
    var spark: Int

    /// The columns for a row `width` wide; `sparkPoints` values to chart
    /// (0 for none), whether there is a previous value to compare with and
    /// whether the row shows its evidence (rows with a line of reasons
    /// under them say it there instead).
    static func fit(width: Int, sparkPoints: Int, hasPrevious: Bool, evidence: Bool = true) -> GaugeColumns {
        var columns = GaugeColumns(
            label: fullLabel, bar: 0, band: 7, delta: hasPrevious ? 5 : 0,
            evidence: evidence ? evidenceWidth : 0,
            spark: sparkPoints > 1 ? 1 + min(12, sparkPoints) : 0)
        if columns.room(width) < 12 { columns.spark = 0 }
        if columns.room(width) < 10 { columns.band = 2 }
        if columns.room(width) < 10 { columns.label = ScorecardText.shortLabelWidth }
        if columns.room(width) < 6 { columns.label = max(4, columns.label - (6 - columns.room(width))) }
        if columns.room(width) < 3 { columns.evidence = 0 }
        columns.bar = max(0, min(longestBar, columns.room(width)))
        return columns
    }

    /// Columns left for the bar at `width`.
    private func room(_ width: Int) -> Int {
        width - Self.marker - label - 1 - 1 - 3 - band - delta - evidence - spark
    }

    /// Where the bar starts, from the row's left edge.
    var barX: Int { Self.marker + label + 1 }
    /// Where the three-column value starts.
    var valueX: Int { barX + bar + 1 }
    /// Where the band starts.
    var bandX: Int { valueX + 3 }
    /// Where the change starts.
    var deltaX: Int { bandX + band }
    /// Where the evidence starts (its leading space included).
    var evidenceX: Int { deltaX + delta }
    /// Where the sparkline starts (after its space).
    var sparkX: Int { evidenceX + evidence + 1 }
    /// The columns the row uses.
    var total: Int { evidenceX + evidence + spark }
}
