import FoundationEssentials

/// Writes a triaged backlog back into its tracker's format: the same file
/// with a `ladder` column (CSV) or member (JSON) saying where each card went
/// (`feels productive`, `advances you`, `skipped`, or blank when it was not
/// reached) and a `ladder note` column (`ladderNote` member) with the note
/// written on it. Everything else in the file is left as it was.
public enum TrackerExport {
    /// The file extension each format is written with.
    public static func fileExtension(for format: DeckFormat) -> String {
        switch format {
        case .csv: "csv"
        case .json: "json"
        case .markdown: "md"
        }
    }

    /// What the verdict cell says for `record`.
    public static func verdictText(_ record: CardRecord) -> String {
        if let placed = record.placed { return placed.label }
        return record.skips > 0 ? "skipped" : ""
    }

    /// The backlog written back with `session`'s piles and notes. Throws when
    /// the backlog cannot be written back or the session is for another deck.
    public static func data(session: TriageSession, backlog: TrackerBacklog) throws(InputError) -> Data {
        guard session.fingerprint == DeckFingerprint(deck: backlog.deck) else {
            throw InputError(file: backlog.deck.title, "the triage session belongs to another deck")
        }
        let cells = session.records.map { (verdict: verdictText($0), note: $0.note ?? "") }
        switch backlog.original {
        case .csv(let original): return Data(CSVBacklogWriter.write(original, cells: cells))
        case .json(let original): return Data(JSONBacklogWriter.write(original, cells: cells))
        case nil:
            throw InputError(
                file: backlog.deck.title,
                "a \(backlog.format.rawValue) backlog cannot be written back; export to .md or .json instead")
        }
    }

    /// Writes the backlog back with `session`'s piles and notes to `url`, atomically.
    public static func write(session: TriageSession, backlog: TrackerBacklog, to url: URL) throws(InputError)
    {
        do {
            try AtomicFile.write(data(session: session, backlog: backlog), to: url)
        } catch {
            throw InputError(file: url.path, error.message, kind: error.kind)
        }
    }
}
