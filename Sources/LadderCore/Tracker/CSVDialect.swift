/// How a CSV file was written, so that it can be written back the same way:
/// the delimiter, a byte-order mark, the line break, whether the last row
/// ends with one, and which fields were quoted.
struct CSVDialect: Equatable, Sendable {
    /// The field delimiter.
    var delimiter: UInt8
    /// True when the file starts with a UTF-8 byte-order mark.
    var hasByteOrderMark: Bool
    /// The bytes that end a row: CRLF, LF or CR.
    var lineBreak: [UInt8]
    /// True when the last row ends with a line break.
    var endsWithLineBreak: Bool
    /// For each row (blank lines aside), whether each field was quoted.
    var quoted: [[Bool]]

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The dialect of `bytes`, read with the same rules as `CSVTokenizer`
    /// (quotes open a field only at its start, blank lines are not rows).
    static func detect(_ bytes: [UInt8], delimiter: UInt8) -> CSVDialect {
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var scan = QuoteScan()
        var index = bom ? 3 : 0
        while index < bytes.count {
            let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            index += scan.consume(bytes[index], next: next, delimiter: delimiter)
        }
        scan.endRow()
        let last = bytes.last
        return CSVDialect(
            delimiter: delimiter, hasByteOrderMark: bom, lineBreak: scan.lineBreak ?? [lineFeed],
            endsWithLineBreak: last == lineFeed || last == carriageReturn, quoted: scan.rows)
    }

    /// Walks the bytes noting, for each field, whether it opened with a quote.
    private struct QuoteScan {
        var rows: [[Bool]] = []
        var row: [Bool] = []
        var fieldStarted = false
        var fieldQuoted = false
        var inQuotes = false
        var lineBreak: [UInt8]?

        /// Consumes `byte` (peeking at `next`); returns how many bytes it used.
        mutating func consume(_ byte: UInt8, next: UInt8?, delimiter: UInt8) -> Int {
            if inQuotes {
                guard byte == quote else { return 1 }
                if next == quote { return 2 }
                inQuotes = false
                return 1
            }
            switch byte {
            case delimiter:
                endField()
            case lineFeed, carriageReturn:
                endRow()
                let crlf = byte == carriageReturn && next == lineFeed
                if lineBreak == nil { lineBreak = crlf ? [carriageReturn, lineFeed] : [byte] }
                return crlf ? 2 : 1
            case quote where !fieldStarted:
                inQuotes = true
                fieldStarted = true
                fieldQuoted = true
            default:
                fieldStarted = true
            }
            return 1
        }

        /// Closes the field.
        mutating func endField() {
            row.append(fieldQuoted)
            fieldStarted = false
            fieldQuoted = false
        }

        /// Closes the row unless the line was blank.
        mutating func endRow() {
            if !row.isEmpty || fieldStarted {
                endField()
                rows.append(row)
            }
            row.removeAll(keepingCapacity: true)
            fieldStarted = false
            fieldQuoted = false
        }
    }
}
