/// One row of a CSV file: its fields and the line it starts on.
struct CSVRecord: Equatable {
    /// The fields, unquoted.
    var fields: [String]
    /// The 1-based line the row starts on.
    var line: Int
}

/// Splits CSV text into rows, working over UTF-8 bytes so large exports
/// load quickly. Follows RFC 4180 as trackers write it: quoted fields may hold
/// the delimiter, doubled quotes and line breaks; rows end in LF, CRLF or CR;
/// a leading byte-order mark and blank lines are ignored. A quote inside an
/// unquoted field is kept as an ordinary character.
enum CSVTokenizer {
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// The delimiter the header line uses: a comma, or a semicolon or tab
    /// when the header holds no comma outside quotes.
    static func sniffDelimiter<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt8 {
        var seen: Set<UInt8> = []
        var inQuotes = false
        for byte in bytes.dropFirst(bomLength(bytes)) {
            if byte == quote { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == lineFeed || byte == carriageReturn { break }
            seen.insert(byte)
        }
        for candidate in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        where seen.contains(candidate) {
            return candidate
        }
        return UInt8(ascii: ",")
    }

    /// The rows of `bytes`, each with the line it starts on.
    static func records(
        in bytes: [UInt8], delimiter: UInt8, file: String
    ) throws(InputError) -> [CSVRecord] {
        let outcome = bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(buffer, delimiter: delimiter, start: bomLength(buffer))
            return scanner.records()
        }
        switch outcome {
        case .success(let records): return records
        case .failure(let unterminated): throw error(unterminated, last: bytes.last, file: file)
        }
    }

    /// Hands each row of `bytes` to `body` with the line it starts on, in
    /// order, without keeping them: the row's storage is reused, and its
    /// fields become strings only when `body` asks for them.
    static func forEachRow(
        in bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String,
        _ body: (CSVRow, Int) throws(InputError) -> Void
    ) throws(InputError) {
        var scanner = CSVScanner(bytes, delimiter: delimiter, start: bomLength(bytes))
        var row = CSVRow(bytes: bytes)
        while true {
            switch scanner.nextRecord(into: &row.fields) {
            case .success(let line?): try body(row, line)
            case .success(nil): return
            case .failure(let unterminated): throw error(unterminated, last: bytes.last, file: file)
            }
        }
    }

    /// The error for a quoted field that never closed.
    private static func error(_ unterminated: CSVUnterminatedQuote, last: UInt8?, file: String) -> InputError
    {
        let endsWithBreak = last == lineFeed || last == carriageReturn
        return InputError(
            file: file, line: endsWithBreak ? unterminated.line - 1 : unterminated.line,
            "unterminated quoted field (started on line \(unterminated.quoteLine))")
    }

    /// 3 when `bytes` starts with a UTF-8 byte-order mark, else 0.
    private static func bomLength<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }
}
