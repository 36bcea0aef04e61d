/// Where each part of a gauge row goes, worked out once for a width so that
/// every row lines up: marker, label, bar, value, band, change, sparkline.
/// Parts are dropped as the width shrinks: the sparkline first, then the
/// band's word (its symbol stays), then the label is shortened.
struct GaugeColumns: Equatable {
    /// Columns for the marker ("▸" or "•") and its space.
    static let marker = 2
    /// The widest label ("Output / Impact").
    static let fullLabel = 15
    /// The longest bar drawn; wider rows leave the rest empty.
    static let longestBar = 36

    /// Label columns.
    var label: Int
    /// Bar columns.
    var bar: Int
    /// Band columns: 7 for " ◐ mid ", 2 for " ◐".
    var band: Int
    /// Change columns: 5 for " ▲12" and a gap, 0 without a comparison.
    var delta: Int
    /// Sparkline columns including its leading space, 0 when not shown.
    var spark: Int

    /// The columns for a row `width` wide; `sparkPoints` values to chart
    /// (0 for none) and whether there is a previous value to compare with.
    static func fit(width: Int, sparkPoints: Int, hasPrevious: Bool) -> GaugeColumns {
        var columns = GaugeColumns(
            label: fullLabel, bar: 0, band: 7, delta: hasPrevious ? 5 : 0,
            spark: sparkPoints > 1 ? 1 + min(12, sparkPoints) : 0)
        if columns.room(width) < 12 { columns.spark = 0 }
        if columns.room(width) < 10 { columns.band = 2 }
        if columns.room(width) < 6 { columns.label = max(4, fullLabel - (6 - columns.room(width))) }
        columns.bar = max(0, min(longestBar, columns.room(width)))
        return columns
    }

    /// Columns left for the bar at `width`.
    private func room(_ width: Int) -> Int {
        width - Self.marker - label - 1 - 1 - 3 - band - delta - spark
    }

    /// Where the bar starts, from the row's left edge.
    var barX: Int { Self.marker + label + 1 }
    /// Where the three-column value starts.
    var valueX: Int { barX + bar + 1 }
    /// Where the band starts.
    var bandX: Int { valueX + 3 }
    /// Where the change starts.
    var deltaX: Int { bandX + band }
    /// Where the sparkline starts (after its space).
    var sparkX: Int { deltaX + delta + 1 }
    /// The columns the row uses.
    var total: Int { deltaX + delta + spark }
}
