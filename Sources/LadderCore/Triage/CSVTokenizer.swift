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
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The delimiter the header line uses: a comma, or a semicolon or tab
    /// when the header holds no comma outside quotes.
    static func sniffDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        for byte in bytes.dropFirst(bomLength(bytes)) {
            if byte == quote { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == lineFeed || byte == carriageReturn { break }
            counts[byte, default: 0] += 1
        }
        for candidate in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        where counts[candidate, default: 0] > 0 {
            return candidate
        }
        return UInt8(ascii: ",")
    }

    /// The rows of `bytes`, each with the line it starts on.
    static func records(
        in bytes: [UInt8], delimiter: UInt8, file: String
    ) throws(InputError) -> [CSVRecord] {
        var state = State()
        var index = bomLength(bytes)
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < count ? bytes[index + 1] : nil
            index += state.consume(byte, next: next, delimiter: delimiter)
        }
        if state.inQuotes {
            let endsWithBreak = bytes.last == lineFeed || bytes.last == carriageReturn
            throw InputError(
                file: file, line: endsWithBreak ? state.line - 1 : state.line,
                "unterminated quoted field (started on line \(state.quoteLine))")
        }
        state.endRecord()
        return state.records
    }

    /// 3 when `bytes` starts with a UTF-8 byte-order mark, else 0.
    private static func bomLength(_ bytes: [UInt8]) -> Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// The tokenizer's running state.
    private struct State {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var fieldStarted = false
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var quoteLine = 1

        /// Consumes `byte` (peeking at `next`); returns how many bytes it used.
        mutating func consume(_ byte: UInt8, next: UInt8?, delimiter: UInt8) -> Int {
            if inQuotes { return consumeQuoted(byte, next: next) }
            switch byte {
            case delimiter:
                endField()
                return 1
            case lineFeed, carriageReturn:
                endRecord()
                line += 1
                recordLine = line
                return byte == carriageReturn && next == lineFeed ? 2 : 1
            case quote where !fieldStarted:
                inQuotes = true
                fieldStarted = true
                quoteLine = line
                return 1
            default:
                field.append(byte)
                fieldStarted = true
                return 1
            }
        }

        /// Consumes a byte inside a quoted field.
        private mutating func consumeQuoted(_ byte: UInt8, next: UInt8?) -> Int {
            if byte == quote {
                if next == quote {
                    field.append(quote)
                    return 2
                }
                inQuotes = false
                return 1
            }
            if byte == lineFeed || (byte == carriageReturn && next != lineFeed) { line += 1 }
            field.append(byte)
            return 1
        }

        /// Closes the current field.
        mutating func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }

        /// Closes the current row, dropping it when the line was blank.
        mutating func endRecord() {
            let blank = fields.isEmpty && !fieldStarted
            if !blank {
                endField()
                records.append(CSVRecord(fields: fields, line: recordLine))
            }
            fields.removeAll(keepingCapacity: true)
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
    }
}
