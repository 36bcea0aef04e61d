import FoundationEssentials
import LadderCore

/// What `--export` writes: a report of the result (Markdown or JSON), or the
/// backlog itself written back in its tracker's format with a `ladder`
/// verdict column or member (CSV or JSON).
enum ExportFormat: String, CaseIterable {
    case report, tracker

    /// The format for an export to `url` of `backlog` (nil for the bundled
    /// deck), as `requested` with `--format` or else chosen: the backlog
    /// written back when the file's extension is the backlog's own format
    /// (`.csv` for a CSV export, `.json` for a JSON one), a report otherwise.
    static func resolve(
        requested: ExportFormat?, url: URL, backlog: TrackerBacklog?
    ) throws(UsageError) -> ExportFormat {
        let fileExtension = url.pathExtension.lowercased()
        let own = backlog.flatMap { $0.canWriteBack ? TrackerExport.fileExtension(for: $0.format) : nil }
        let format = requested ?? (fileExtension == own ? .tracker : .report)
        switch format {
        case .tracker:
            guard let own else {
                throw UsageError(
                    message: "--format tracker writes a backlog back into its own file format; "
                        + "use --deck with a CSV or JSON export from your tracker", command: .triage)
            }
            guard fileExtension == own else {
                throw UsageError(
                    message:
                        "--format tracker writes this backlog back as .\(own), not '\(url.lastPathComponent)'",
                    command: .triage)
            }
        case .report:
            guard ["md", "markdown", "json"].contains(fileExtension) else {
                let hint = fileExtension == "csv" ? " (.csv writes a CSV backlog given with --deck back)" : ""
                throw UsageError(
                    message:
                        "--export takes a file name ending in .md or .json, not '\(url.lastPathComponent)'"
                        + hint, command: .triage)
            }
        }
        return format
    }
}
