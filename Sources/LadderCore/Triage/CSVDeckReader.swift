/// Reads a backlog exported as CSV by an issue tracker (Jira, Linear,
/// GitHub and the like). See `CSVColumns` for the headers it understands.
/// A `contested` verdict takes its two readings from the
/// productive-reading and advances-reading columns.
///
/// Ragged rows: a row with fewer fields than the header reads the missing
/// ones as blank; a row with more is accepted only when the extra fields are
/// blank (trailing delimiters), and is otherwise an error, because a stray
/// delimiter usually means a field should have been quoted.
enum CSVDeckReader {
    /// The deck in `text`, titled `title`; errors name `file`.
    static func read(text: String, file: String, title: String) throws(InputError) -> Deck {
        let bytes = Array(text.utf8)
        let delimiter = CSVTokenizer.sniffDelimiter(bytes)
        let records = try CSVTokenizer.records(in: bytes, delimiter: delimiter, file: file)
        return try assemble(records: records, file: file, title: title).deck
    }

    /// The deck in `records` (the header first), and for each card the index
    /// of the record it came from.
    static func assemble(
        records: [CSVRecord], file: String, title: String
    ) throws(InputError) -> (deck: Deck, sources: [Int]) {
        guard let header = records.first else {
            throw InputError(file: file, "the file is empty; expected a header row")
        }
        guard let columns = CSVColumns(header: header.fields) else {
            throw InputError(file: file, line: header.line, noTitleMessage(header.fields))
        }
        var drafts: [CardDraft] = []
        drafts.reserveCapacity(records.count)
        for (position, record) in records.enumerated().dropFirst() {
            if var draft = try draft(record, columns: columns, width: header.fields.count, file: file) {
                draft.source = position
                drafts.append(draft)
            }
        }
        return try DeckAssembler.assemble(
            title: title, drafts: drafts, file: file, expected: "rows with a title under the header")
    }

    /// The card in `record`, nil when its title is blank.
    private static func draft(
        _ record: CSVRecord, columns: CSVColumns, width: Int, file: String
    ) throws(InputError) -> CardDraft? {
        let fields = record.fields
        if fields.count > width, fields[width...].contains(where: { !CardText.trim($0).isEmpty }) {
            throw InputError(
                file: file, line: record.line,
                "row has \(fields.count) fields but the header has \(width); "
                    + "quote fields that contain the delimiter")
        }
        guard let title = CSVColumns.value(columns.title, in: fields), !columns.closed.isClosed(fields) else {
            return nil
        }
        func parsed<Value>(_ result: Result<Value, CardFieldError>) throws(InputError) -> Value {
            switch result {
            case .success(let value): return value
            case .failure(let error): throw InputError(file: file, line: record.line, error.message)
            }
        }
        var draft = CardDraft(title: title, line: record.line)
        draft.key = CSVColumns.value(columns.key, in: fields)
        draft.detail = CSVColumns.value(columns.detail, in: fields)
        draft.rationale = CSVColumns.value(columns.rationale, in: fields)
        draft.group = CSVColumns.joined(columns.group, in: fields)
        draft.apply(try parsed(CardFieldParser.call(CSVColumns.value(columns.verdict, in: fields) ?? "")))
        draft.productiveReading = CSVColumns.value(columns.productiveReading, in: fields)
        draft.advancesReading = CSVColumns.value(columns.advancesReading, in: fields)
        draft.chapter = try parsed(
            CardFieldParser.chapter(CSVColumns.value(columns.chapter, in: fields) ?? ""))
        draft.weights = try parsed(
            CardFieldParser.weights(CSVColumns.value(columns.weights, in: fields) ?? ""))
        return draft
    }

    /// The message for a header without a title column, naming what it has.
    private static func noTitleMessage(_ header: [String]) -> String {
        let found = header.map { CardText.line($0) }.filter { !$0.isEmpty }
        let expected = "no title column; expected a column named Summary, Title or Name"
        guard !found.isEmpty else { return expected + ", found no column names" }
        let shown = found.prefix(12).joined(separator: ", ")
        let more = found.count > 12 ? ", and \(found.count - 12) more" : ""
        return expected + ", found: " + shown + more
    }
}
