/// Reads a backlog exported as CSV by an issue tracker (Jira, Linear,
/// GitHub and the like). See `CSVColumns` for the headers it understands.
/// A `contested` verdict takes its two readings from the
/// productive-reading and advances-reading columns.
///
/// Ragged rows: a row with fewer fields than the header reads the missing
/// ones as blank; a row with more is accepted only when the extra fields are
/// blank (trailing delimiters), and is otherwise an error, because a stray
/// delimiter usually means a field should have been quoted.
///
/// Rows are read one at a time straight from the text's UTF-8 bytes and
/// turned into cards as they come, so a large export is never held twice.
enum CSVDeckReader {
    /// The deck in `text`, titled `title`; errors name `file`.
    static func read(text: String, file: String, title: String) throws(InputError) -> Deck {
        try read(cardsOf: text, file: file, title: title).deck
    }

    /// The deck in `text`, for each card the index of the row it came from
    /// (the header is row 0), and the delimiter the file uses.
    static func read(
        cardsOf text: String, file: String, title: String
    ) throws(InputError) -> (deck: Deck, sources: [Int], delimiter: UInt8) {
        var text = text
        text.makeContiguousUTF8()
        let outcome = text.utf8.withContiguousStorageIfAvailable { bytes in
            Result { () throws(InputError) in try read(bytes: bytes, file: file, title: title) }
        }
        guard let outcome else { throw InputError(file: file, "the text could not be read as UTF-8") }
        return try outcome.get()
    }

    private static func read(
        bytes: UnsafeBufferPointer<UInt8>, file: String, title: String
    ) throws(InputError) -> (deck: Deck, sources: [Int], delimiter: UInt8) {
        let delimiter = CSVTokenizer.sniffDelimiter(bytes)
        var header: Header?
        var builder = DeckBuilder(file: file)
        var row = 0
        try CSVTokenizer.forEachRecord(in: bytes, delimiter: delimiter, file: file) {
            fields, line throws(InputError) in
            defer { row += 1 }
            if let header {
                guard var draft = try draft(fields, line: line, header: header, file: file) else { return }
                draft.source = row
                try builder.add(draft)
                return
            }
            guard let columns = CSVColumns(header: fields) else {
                throw InputError(file: file, line: line, noTitleMessage(fields))
            }
            header = Header(columns: columns, width: fields.count)
        }
        guard header != nil else { throw InputError(file: file, "the file is empty; expected a header row") }
        let (deck, sources) = try builder.finish(title: title, expected: "rows with a title under the header")
        return (deck, sources, delimiter)
    }

    /// The header's columns and width, shared by every row without copying.
    private final class Header {
        let columns: CSVColumns
        let width: Int

        init(columns: CSVColumns, width: Int) {
            self.columns = columns
            self.width = width
        }
    }

    /// The card in the row `fields`, nil when its title is blank.
    private static func draft(
        _ fields: [String], line: Int, header: Header, file: String
    ) throws(InputError) -> CardDraft? {
        let width = header.width
        if fields.count > width, fields[width...].contains(where: { !CardText.isBlank($0) }) {
            throw InputError(
                file: file, line: line,
                "row has \(fields.count) fields but the header has \(width); "
                    + "quote fields that contain the delimiter")
        }
        guard let title = CSVColumns.value(header.columns.title, in: fields),
            !header.columns.closed.isClosed(fields)
        else {
            return nil
        }
        func parsed<Value>(_ result: Result<Value, CardFieldError>?) throws(InputError) -> Value? {
            switch result {
            case .success(let value)?: return value
            case .failure(let error)?: throw InputError(file: file, line: line, error.message)
            case nil: return nil
            }
        }
        var draft = CardDraft(title: title, line: line)
        draft.key = CSVColumns.value(header.columns.key, in: fields)
        draft.detail = CSVColumns.value(header.columns.detail, in: fields)
        draft.rationale = CSVColumns.value(header.columns.rationale, in: fields)
        draft.group = CSVColumns.joined(header.columns.group, in: fields)
        // A blank typed cell means none: the parsers are asked only about text.
        draft.apply(
            try parsed(CSVColumns.value(header.columns.verdict, in: fields).map(CardFieldParser.call)) ?? nil)
        draft.productiveReading = CSVColumns.value(header.columns.productiveReading, in: fields)
        draft.advancesReading = CSVColumns.value(header.columns.advancesReading, in: fields)
        draft.chapter =
            try parsed(CSVColumns.value(header.columns.chapter, in: fields).map(CardFieldParser.chapter))
            ?? nil
        draft.weights =
            try parsed(CSVColumns.value(header.columns.weights, in: fields).map(CardFieldParser.weights))
            ?? .zero
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
