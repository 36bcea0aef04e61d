import FoundationEssentials

/// A backlog read from a file together with what it takes to write it back
/// in its own format: a tracker's CSV export with its columns and dialect, or
/// a JSON file with its exact bytes. Markdown backlogs (and JSON lists of bare
/// titles) are read but cannot be written back.
public struct TrackerBacklog: Equatable, Sendable {
    /// Where the file's cards live, kept for writing back.
    enum Original: Equatable, Sendable {
        case csv(CSVBacklog)
        case json(JSONBacklog)
    }

    /// The deck to sort.
    public var deck: Deck
    /// The format the file was written in.
    public var format: DeckFormat
    /// The file as read, when it can be written back.
    var original: Original?

    /// True when `TrackerExport` can write this backlog back in its format.
    public var canWriteBack: Bool { original != nil }

    /// The backlog in `text`, read like `DeckReader.read(text:name:)`.
    public static func read(text: String, name: String) throws(InputError) -> TrackerBacklog {
        try DeckReader.checkReadable(text, name: name)
        let title = DeckReader.defaultTitle(for: name)
        let format = DeckFormat.sniff(text)
        switch format {
        case .csv:
            let (deck, original) = try CSVBacklog.read(text: text, file: name, title: title)
            return TrackerBacklog(deck: deck, format: format, original: .csv(original))
        case .json:
            let (deck, original) = try JSONBacklog.read(text: text, file: name, title: title)
            return TrackerBacklog(deck: deck, format: format, original: original.map { .json($0) })
        case .markdown:
            let deck = try MarkdownDeckReader.read(text: text, file: name, title: title)
            return TrackerBacklog(deck: deck, format: format, original: nil)
        }
    }

    /// The backlog in the file at `url`, with the errors of `DeckReader.read(url:)`.
    public static func read(url: URL) throws(InputError) -> TrackerBacklog {
        try read(text: DeckReader.text(at: url), name: url.path)
    }
}
