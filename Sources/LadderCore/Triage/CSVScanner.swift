/// A quoted field that never closed: the line the scan ended on and the line
/// the quote opened on.
struct CSVUnterminatedQuote: Error {
    var line: Int
    var quoteLine: Int
}

/// The loop behind `CSVTokenizer`: walks the bytes once and marks where each
/// field lies (`CSVField`) without making any string; `CSVRow` makes the
/// strings a reader asks for. Field ends, closing quotes and line breaks are
/// found eight bytes at a time (`ByteFinder`).
struct CSVScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let delimiter: UInt8
    private var index: Int
    private var line = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, start: Int) {
        self.bytes = bytes
        self.delimiter = delimiter
        index = start
    }

    /// Every row as strings, or the quoted field that never closed.
    mutating func records() -> Result<[CSVRecord], CSVUnterminatedQuote> {
        var records: [CSVRecord] = []
        var row = CSVRow(bytes: bytes)
        while true {
            switch nextRecord(into: &row.fields) {
            case .success(let line?): records.append(CSVRecord(fields: row.texts, line: line))
            case .success(nil): return .success(records)
            case .failure(let unterminated): return .failure(unterminated)
            }
        }
    }

    /// Reads the next row into `fields` (replacing what they held, keeping
    /// their storage) and returns the line it starts on; nil after the last.
    mutating func nextRecord(into fields: inout [CSVField]) -> Result<Int?, CSVUnterminatedQuote> {
        let count = bytes.count
        while index < count {
            let first = bytes[index]
            guard first == CSVTokenizer.lineFeed || first == CSVTokenizer.carriageReturn else { break }
            skipLineBreak()
        }
        guard index < count else { return .success(nil) }
        let recordLine = line
        fields.removeAll(keepingCapacity: true)
        while true {
            switch field() {
            case .success(let field): fields.append(field)
            case .failure(let unterminated): return .failure(unterminated)
            }
            guard index < count else { break }
            if bytes[index] == delimiter {
                index += 1
                continue
            }
            skipLineBreak()
            break
        }
        return .success(recordLine)
    }

    /// Steps over the LF, CR or CRLF at `index` and counts the line.
    private mutating func skipLineBreak() {
        let isPair =
            bytes[index] == CSVTokenizer.carriageReturn && index + 1 < bytes.count
            && bytes[index + 1] == CSVTokenizer.lineFeed
        index += isPair ? 2 : 1
        line += 1
    }

    /// The field starting at `index`, leaving `index` on the delimiter or
    /// line break after it (or the end).
    private mutating func field() -> Result<CSVField, CSVUnterminatedQuote> {
        let start = index
        guard index < bytes.count, bytes[index] == CSVTokenizer.quote else {
            skipUnquoted()
            return .success(CSVField(start: start, end: index, isQuoted: false))
        }
        let quoteLine = line
        index += 1
        var doubled = false
        scan: while true {
            index = ByteFinder.first(
                of: CSVTokenizer.quote, CSVTokenizer.lineFeed, CSVTokenizer.carriageReturn, in: bytes,
                from: index)
            guard index < bytes.count else {
                return .failure(CSVUnterminatedQuote(line: line, quoteLine: quoteLine))
            }
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : nil
            index += 1
            if byte == CSVTokenizer.quote {
                guard next == CSVTokenizer.quote else { break scan }
                doubled = true
                index += 1
            } else if byte == CSVTokenizer.lineFeed || next != CSVTokenizer.lineFeed {
                // A CR that is the first half of a CRLF counts with its LF.
                line += 1
            }
        }
        let closing = index - 1
        skipUnquoted()
        guard doubled || closing + 1 < index else {
            return .success(CSVField(start: start + 1, end: closing, isQuoted: false))
        }
        return .success(CSVField(start: start, end: index, isQuoted: true))
    }

    /// Moves `index` to the next delimiter or line break (or the end).
    private mutating func skipUnquoted() {
        index = ByteFinder.first(
            of: delimiter, CSVTokenizer.lineFeed, CSVTokenizer.carriageReturn, in: bytes, from: index)
    }
}

/// Finds the first of three bytes eight bytes at a time: each byte of a
/// little-endian word is compared with all three at once, and the lowest
/// match is exact (the carries that can flag a later byte never flag an
/// earlier one).
enum ByteFinder {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first byte at or after `start` that is `a`, `b` or
    /// `c`; `bytes.count` when there is none.
    static func first(
        of a: UInt8, _ b: UInt8, _ c: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int {
        var index = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            let wideA = UInt64(a) &* ones
            let wideB = UInt64(b) &* ones
            let wideC = UInt64(c) &* ones
            while index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let found = zeroBytes(word ^ wideA) | zeroBytes(word ^ wideB) | zeroBytes(word ^ wideC)
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte == a || byte == b || byte == c { return index }
            index += 1
        }
        return count
    }

    /// The index of the first quote, backslash or control character (below
    /// 0x20) at or after `start`, where a JSON string stops being plain;
    /// `bytes.count` when there is none.
    static func firstQuoteEscapeOrControl(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            let quotes = UInt64(UInt8(ascii: "\"")) &* ones
            let backslashes = UInt64(UInt8(ascii: "\\")) &* ones
            while index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                // Bytes below 0x20 borrow into their high bit, as zero bytes do below 1.
                let controls = (word &- 0x20 &* ones) & ~word & high
                let found = zeroBytes(word ^ quotes) | zeroBytes(word ^ backslashes) | controls
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return index }
            index += 1
        }
        return count
    }

    /// The high bit set in (at least) the lowest byte of `word` that is zero.
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & high
    }
}
