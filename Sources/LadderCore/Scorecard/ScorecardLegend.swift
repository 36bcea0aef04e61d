/// What the numbers and marks on the scorecard mean, in the same words on
/// every screen size, in the help overlay and in exports.
public enum ScorecardLegend {
    /// What 0, 50 and 100 mean on a gauge.
    public static let scale =
        "0 = all the evidence against · 50 = neutral, or evidence split evenly · 100 = all of it in favour"

    /// The bands and the mark of a gauge without enough evidence.
    public static let bands =
        "Bands: ○ low below 40 · ◐ mid 40 to 69 · ● high 70 and up · "
        + "– not enough yet (fewer than \(GaugeReading.enoughItems) cards and answers)"

    /// The markers beside a gauge.
    public static let markers =
        "▸ the gauge your last change moved most · • the gauges the chosen statement feeds"

    /// The sparkline and the change since last time.
    public static let trend =
        "Trend: earlier scorecards on this deck and these statements, oldest first, ▁ = 0 to █ = 100; "
        + "▲▼ = change since the last of them"

    /// Every line, in the order shown.
    public static let lines = [scale, bands, markers, trend]

    /// Short forms for narrow screens, one per line of `lines`.
    public static let shortLines = [
        "0 against · 50 neutral · 100 in favour",
        "○ <40 ◐ 40–69 ● 70+ · – not enough yet",
        "▸ moved most · • fed by the statement",
        "trend ▁0 █100 · ▲▼ since last, same deck",
    ]
}
