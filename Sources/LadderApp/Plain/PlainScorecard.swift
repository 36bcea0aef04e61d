import LadderCore
import LadderUI

/// `ladder scorecard --plain` (and `ladder scorecard` into a pipe): the
/// scorecard as text. Agreement with the lesson comes apart from the
/// leverage profile; each gauge gives its value or "not enough yet" and
/// what stands behind it; then what the numbers mean.
public enum PlainScorecard {
    /// The scorecard of `state` as text, lines at most about `width` wide.
    public static func text(_ state: AppState, width: Int = 72) -> String {
        lines(
            result: state.scorecardResult, previous: state.scorecardHistory.latest?.values,
            module: state.module, width: width
        ).joined(separator: "\n") + "\n"
    }

    /// The lines for `result`, with the change since `previous` (values of
    /// the last scorecard on the same deck and statements) where known.
    static func lines(result: ScorecardResult, previous: [Gauge: Double]?, module: Module, width: Int)
        -> [String]
    {
        let wrap = { (text: String) in PlainTriageText.wrap(text, width: width) }
        var lines = ["Leverage scorecard", "", "How you sort (agreement with the lesson):"]
        lines += wrap(
            result.agreement.summary.prefix(1).uppercased() + result.agreement.summary.dropFirst() + ".")
        lines += ["", "Leverage profile (where your work and habits put you):"]
        let change = previous.map { result.delta(fromValues: $0) }
        let labelWidth = Gauge.allCases.map { TextWidth.of($0.label) }.max() ?? 0
        for reading in result.readings {
            let label = reading.gauge.label.padded(to: labelWidth)
            var value = "not enough yet"
            if let band = reading.band {
                value = "\(Int(reading.value.rounded())) (\(band.rawValue))"
                if let moved = change?[reading.gauge].map({ Int($0.rounded()) }), moved != 0 {
                    value += moved > 0 ? ", up \(moved) since last time" : ", down \(-moved) since last time"
                }
            }
            lines += PlainTriageText.wrap(
                "\(label)  \(value); behind it: \(reading.evidenceText)", width: width)
        }
        lines.append("")
        if let strongest = result.strongest, let weakest = result.weakest, let move = result.nextMove {
            lines += wrap("Strongest: \(describe(strongest, result, module)).")
            lines += wrap("Weakest: \(describe(weakest, result, module)).")
            lines += wrap("Next move: \(move)")
        } else {
            lines += wrap(
                "No gauge has enough evidence yet: sort cards (ladder triage --plain) or rate the statements "
                    + "(ladder scorecard) until \(GaugeReading.enoughItems) stand behind one.")
        }
        lines += ["", "What the numbers mean:"]
        lines += [ScorecardLegend.scale, ScorecardLegend.bands].flatMap(wrap)
        lines += wrap(
            "A gauge starts at 50 and moves with the evidence, so one card cannot swing it; "
                + "it shows \"not enough yet\" until \(GaugeReading.enoughItems) cards and answers stand behind it."
        )
        return lines
    }

    /// "Team, 72, chapter 6, “Title”".
    private static func describe(_ gauge: Gauge, _ result: ScorecardResult, _ module: Module) -> String {
        let chapter = PlainChapter.describe(gauge.chapter, in: module).map { " (read \($0))" } ?? ""
        return "\(gauge.label), \(Int(result.value(gauge).rounded()))" + chapter
    }
}
