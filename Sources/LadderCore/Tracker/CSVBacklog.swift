/// A backlog read from a CSV export, kept so it can be written back: the
/// file's text as read, its delimiter, and which row each card came from.
/// The rows and the dialect (quoting, line breaks) are worked out again
/// from the text only when the backlog is written back, so loading a large
/// export neither scans it twice nor holds every field beside the cards.
struct CSVBacklog: Equatable, Sendable {
    /// The file's text, exactly as read.
    var text: String
    /// The field delimiter.
    var delimiter: UInt8
    /// For each card of the deck, in deck order, the index of its row.
    var cardRows: [Int]

    /// The backlog in `text`, with its deck titled `title`; errors name `file`.
    static func read(text: String, file: String, title: String) throws(InputError) -> (Deck, CSVBacklog) {
        let (deck, sources, delimiter) = try CSVDeckReader.read(cardsOf: text, file: file, title: title)
        return (deck, CSVBacklog(text: text, delimiter: delimiter, cardRows: sources))
    }

    /// The rows, header first, fields unquoted; blank lines are not rows.
    var rows: [[String]] { parsed().rows }

    /// How the file was written.
    var dialect: CSVDialect { parsed().dialect }

    /// The rows and the dialect, read again from the text (which parsed
    /// when the backlog was made, so it parses now).
    func parsed() -> (rows: [[String]], dialect: CSVDialect) {
        let bytes = Array(text.utf8)
        let records = (try? CSVTokenizer.records(in: bytes, delimiter: delimiter, file: "")) ?? []
        let rows = records.map { $0.fields }
        var dialect = CSVDialect.detect(bytes, delimiter: delimiter)
        if dialect.quoted.map({ $0.count }) != rows.map({ $0.count }) {
            // The scan and the tokenizer disagree (they should not): quote by policy instead.
            dialect.quoted = []
        }
        return (rows, dialect)
    }
}
