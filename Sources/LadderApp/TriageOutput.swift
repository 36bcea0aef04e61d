import FoundationEssentials
import LadderCore
import LadderUI

/// Writes a triage result with its scorecard, Markdown or JSON by extension.
public enum TriageOutput {
    /// Writes the result of `session` with the scorecard of `state` to `url`.
    public static func write(session: TriageSession, state: AppState, to url: URL) throws(InputError) {
        try TriageExport.write(
            session: session, to: url, generatedAt: state.now, extra: ScorecardOutput.markdown(state),
            scorecard: ScorecardOutput.values(state),
            reflections: ReflectionExport.ordered(state.reflections, module: state.module))
    }
}
