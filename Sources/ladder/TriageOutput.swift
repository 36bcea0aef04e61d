import Foundation
import LadderCore
import LadderUI

/// Writes a triage result with its scorecard, Markdown or JSON by extension.
enum TriageOutput {
    static func write(session: TriageSession, state: AppState, to url: URL) throws(InputError) {
        try TriageExport.write(
            session: session, to: url, generatedAt: state.now, extra: ScorecardOutput.markdown(state),
            scorecard: ScorecardOutput.values(state))
    }

    /// A file name for an export made from inside the app, in the current folder.
    static func exportURL(kind: String, at date: Date) -> URL {
        let stamp = date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
            .replacingOccurrences(of: ":", with: "")
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent("ladder-\(kind)-\(stamp).md")
    }
}
