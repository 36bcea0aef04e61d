import FoundationEssentials

/// Writes a triage session out as a Markdown or JSON report: the deck, the
/// date, each card with its pile, reveals, undos and time taken, the lesson's
/// verdict and agreement when known, and the split. A backlog without lesson
/// verdicts gets its "feels productive" pile listed as candidates not to build.
///
/// Scorecard hook: `extra` is a pre-rendered Markdown section (such as the
/// scorecard) appended to the Markdown report as given; `scorecard` is a
/// table of named numbers written under the JSON report's `"scorecard"` key
/// (non-finite values are dropped). Both are optional.
public enum TriageExport {
    /// The extensions `write` understands, lowercase.
    public static let markdownExtensions = ["md", "markdown"]
    /// The JSON extension `write` understands.
    public static let jsonExtensions = ["json"]

    /// Writes the report for `session` to `url`, Markdown or JSON by the
    /// file's extension; any other extension is an error naming the allowed ones.
    public static func write(
        session: TriageSession, to url: URL, generatedAt: Date, extra: String? = nil,
        scorecard: [String: Double]? = nil, reflections: [(id: String, answer: ReflectionAnswer)] = []
    ) throws(InputError) {
        let fileExtension = url.pathExtension.lowercased()
        let data: Data
        if markdownExtensions.contains(fileExtension) {
            data = Data(markdown(session: session, generatedAt: generatedAt, extra: extra).utf8)
        } else if jsonExtensions.contains(fileExtension) {
            data = json(
                session: session, generatedAt: generatedAt, scorecard: scorecard, reflections: reflections)
        } else {
            let shown = fileExtension.isEmpty ? "no extension" : "\".\(fileExtension)\""
            throw InputError(
                file: url.path, "cannot export to a file with \(shown); use .md, .markdown or .json")
        }
        try AtomicFile.write(data, to: url, access: .umask)
    }

    /// `date` as an ISO 8601 timestamp in UTC, such as `2025-03-01T09:30:00Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// A duration as people read it: `8s`, `2m 05s`, `1h 03m`.
    static func duration(_ seconds: TimeInterval) -> String {
        let whole = Int(min(max(0, seconds.isFinite ? seconds : 0), 1e12).rounded())
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return "\(whole / 60)m " + twoDigits(whole % 60) + "s" }
        return "\(whole / 3600)h " + twoDigits(whole % 3600 / 60) + "m"
    }

    /// `value` with a leading zero below ten.
    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
