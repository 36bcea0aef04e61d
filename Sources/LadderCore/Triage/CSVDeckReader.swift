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
/// turned into cards as they come, so a large export is never held twice;
/// a row's fields stay spans of those bytes (`CSVRow`) and only the cells a
/// card uses become strings, made already clean when they need no cleaning.
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
        try CSVTokenizer.forEachRow(in: bytes, delimiter: delimiter, file: file) {
            fields, line throws(InputError) in
            defer { row += 1 }
            if let header {
                if row == 1 { builder.reserveIDs(estimatedRows(after: fields)) }
                try add(fields, line: line, source: row, header: header, to: &builder)
                return
            }
            let names = fields.texts
            guard let columns = CSVColumns(header: names) else {
                throw InputError(file: file, line: line, noTitleMessage(names))
            }
            header = Header(columns: columns, width: fields.count)
        }
        guard header != nil else { throw InputError(file: file, "the file is empty; expected a header row") }
        let (deck, sources) = try builder.finish(title: title, expected: "rows with a title under the header")
        return (deck, sources, delimiter)
    }

    /// About how many rows the file holds from `first` on, judged by that
    /// row's length; at most one for every 32 bytes, so that a short first
    /// row cannot reserve much.
    private static func estimatedRows(after first: CSVRow) -> Int {
        guard let start = first.fields.first?.start, let end = first.fields.last?.end else { return 0 }
        let remaining = first.bytes.count - start
        let estimate = remaining / max(end - start + 1, 1)
        return min(estimate + estimate / 4 + 16, remaining / 32)
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

    /// Adds the card in the row `fields` to `builder`, its text cleaned
    /// straight from the row; a row with a blank title or marked done adds
    /// nothing.
    private static func add(
        _ fields: CSVRow, line: Int, source: Int, header: Header, to builder: inout DeckBuilder
    ) throws(InputError) {
        let width = header.width
        if fields.count > width, (width..<fields.count).contains(where: { !fields.isBlank($0) }) {
            throw InputError(
                file: builder.file, line: line,
                "row has \(fields.count) fields but the header has \(width); "
                    + "quote fields that contain the delimiter")
        }
        let columns = header.columns
        guard let titleColumn = CSVColumns.first(columns.title, in: fields), !columns.closed.isClosed(fields)
        else { return }
        func parsed<Value>(_ result: Result<Value, CardFieldError>?) throws(InputError) -> Value? {
            switch result {
            case .success(let value)?: return value
            case .failure(let error)?: throw InputError(file: builder.file, line: line, error.message)
            case nil: return nil
            }
        }
        // A blank typed cell means none: the parsers are asked only about text.
        // They are asked before the title is cleaned, so a bad cell is reported
        // even on a row whose title cleans to nothing.
        let call = try parsed(CSVColumns.value(columns.verdict, in: fields).map(CardFieldParser.call)) ?? nil
        let chapter =
            try parsed(CSVColumns.value(columns.chapter, in: fields).map(CardFieldParser.chapter)) ?? nil
        let weights =
            try parsed(CSVColumns.value(columns.weights, in: fields).map(CardFieldParser.weights)) ?? .zero
        let title = fields.line(titleColumn)
        if title.isEmpty { return }
        let readings = try builder.readings(
            productive: CSVColumns.line(columns.productiveReading, in: fields),
            advances: CSVColumns.line(columns.advancesReading, in: fields), contested: call == .contested,
            line: line)
        var verdict: Verdict?
        if case .verdict(let called)? = call { verdict = called }
        let card = Card(
            id: "", title: title,
            detail: CSVColumns.first(columns.detail, in: fields).flatMap(fields.optionalBlock),
            verdict: verdict, rationale: CSVColumns.line(columns.rationale, in: fields), chapter: chapter,
            group: CSVColumns.joined(columns.group, in: fields), weights: weights)
        let key = CSVColumns.first(columns.key, in: fields).map(fields.line)
        builder.add(card, key: key, readings: readings, source: source)
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
