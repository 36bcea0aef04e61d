import FoundationEssentials
import LadderCore
import LadderUI

/// Writes the scorecard, alone or inside a triage report.
public enum ScorecardOutput {
    /// The scorecard section of a Markdown report.
    /// The reflection answers follow it, when there are any.
    static func markdown(_ state: AppState) -> String {
        let scorecard = ScorecardExport.markdown(
            result: state.scorecardResult, previousValues: state.scorecardHistory.latest?.values,
            chapterTitles: ScorecardExport.chapterTitles(in: state.module))
        guard let reflections = ReflectionExport.markdown(state.reflections, module: state.module) else {
            return scorecard
        }
        return scorecard + "\n" + reflections
    }

    /// The gauges with enough evidence behind them, by name, for a JSON report.
    static func values(_ state: AppState) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: state.scorecardResult.measured.map { ($0.gauge.rawValue, $0.value) })
    }

    /// Writes the scorecard alone, Markdown or JSON by the file's extension.
    public static func write(_ state: AppState, to url: URL) throws(InputError) {
        let data: Data
        switch url.pathExtension.lowercased() {
        case "md", "markdown":
            data = Data(markdown(state).utf8)
        case "json":
            data = try ScorecardExport.json(
                result: state.scorecardResult, previousValues: state.scorecardHistory.latest?.values,
                reflections: ReflectionExport.ordered(state.reflections, module: state.module))
        default:
            throw InputError(file: url.path, "expected a file name ending in .md or .json")
        }
        try AtomicFile.write(data, to: url, access: .umask)
    }
}
