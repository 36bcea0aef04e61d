/// A backlog read from a CSV export, kept whole so it can be written back:
/// every row and field as read (the header first), how the file was
/// written, and which row each card came from.
struct CSVBacklog: Equatable, Sendable {
    /// The rows, header first, fields unquoted; blank lines are not rows.
    var rows: [[String]]
    /// How the file was written.
    var dialect: CSVDialect
    /// For each card of the deck, in deck order, the index of its row.
    var cardRows: [Int]

    /// The backlog in `text`, with its deck titled `title`; errors name `file`.
    static func read(text: String, file: String, title: String) throws(InputError) -> (Deck, CSVBacklog) {
        let bytes = Array(text.utf8)
        let delimiter = CSVTokenizer.sniffDelimiter(bytes)
        let records = try CSVTokenizer.records(in: bytes, delimiter: delimiter, file: file)
        let (deck, sources) = try CSVDeckReader.assemble(records: records, file: file, title: title)
        var dialect = CSVDialect.detect(bytes, delimiter: delimiter)
        let rows = records.map(\.fields)
        if dialect.quoted.map(\.count) != rows.map(\.count) {
            // The scan and the tokenizer disagree (they should not): quote by policy instead.
            dialect.quoted = []
        }
        return (deck, CSVBacklog(rows: rows, dialect: dialect, cardRows: sources))
    }
}
