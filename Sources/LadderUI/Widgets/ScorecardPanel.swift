import LadderCore

/// The live scorecard: every gauge as a row, for the triage screen's side
/// panel and the scorecard screen.
public enum ScorecardPanel {
    /// Rows the panel needs: a title, a rule, and one per gauge.
    public static let height = Gauge.allCases.count + 2

    /// Draws `result` in `area`; `previous` gives the changes shown and
    /// `marked` the gauge that just moved most.
    public static func draw(
        _ result: ScorecardResult, previous: [Gauge: Double]?, marked: Gauge?, into layer: inout Layer,
        area: Rect
    ) {
        guard !area.isEmpty else { return }
        layer.write("Leverage", x: area.x, y: area.y, role: .heading, attributes: [.bold], limit: area.width)
        if area.height > 1 {
            layer.write(String(repeating: "─", count: area.width), x: area.x, y: area.y + 1, role: .border)
        }
        for (index, gauge) in Gauge.allCases.enumerated() {
            let y = area.y + 2 + index
            guard y < area.maxY else { break }
            let change = previous?[gauge].map { result.value(gauge) - $0 }
            GaugeRow.draw(
                result.reading(gauge), change: change, isMarked: gauge == marked, into: &layer, x: area.x,
                y: y, width: area.width, changeColumn: previous != nil)
        }
    }
}
