import Foundation

/// A quoted field that never closed: the line the scan ended on and the line
/// the quote opened on.
struct CSVUnterminatedQuote: Error {
    var line: Int
    var quoteLine: Int
}

/// The loop behind `CSVTokenizer`: walks the bytes once, making each field's
/// string straight from the bytes between its delimiters, and copying only
/// quoted fields that hold doubled quotes or text after the closing quote.
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

    /// Every row, or the quoted field that never closed.
    mutating func records() -> Result<[CSVRecord], CSVUnterminatedQuote> {
        var records: [CSVRecord] = []
        var fields: [String] = []
        while true {
            switch nextRecord(into: &fields) {
            case .success(let line?): records.append(CSVRecord(fields: fields, line: line))
            case .success(nil): return .success(records)
            case .failure(let unterminated): return .failure(unterminated)
            }
        }
    }

    /// Reads the next row into `fields` (replacing what they held, keeping
    /// their storage) and returns the line it starts on; nil after the last.
    mutating func nextRecord(into fields: inout [String]) -> Result<Int?, CSVUnterminatedQuote> {
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
    private mutating func field() -> Result<String, CSVUnterminatedQuote> {
        guard index < bytes.count, bytes[index] == CSVTokenizer.quote else {
            let start = index
            skipUnquoted()
            return .success(text(start..<index))
        }
        let quoteLine = line
        index += 1
        var copied: [UInt8]?
        var segment = index
        while true {
            // The closing quote is found with memchr, and the line breaks
            // before it counted only when there are any.
            guard let found = position(of: CSVTokenizer.quote, from: index) else {
                countLines(index..<bytes.count)
                index = bytes.count
                return .failure(CSVUnterminatedQuote(line: line, quoteLine: quoteLine))
            }
            countLines(index..<found)
            index = found
            if index + 1 < bytes.count && bytes[index + 1] == CSVTokenizer.quote {
                copied = (copied ?? []) + bytes[segment...index]
                index += 2
                segment = index
                continue
            }
            break
        }
        let closing = index
        index += 1
        let rest = index
        skipUnquoted()
        guard copied != nil || rest < index else { return .success(text(segment..<closing)) }
        var field = copied ?? []
        field += bytes[segment..<closing]
        field += bytes[rest..<index]
        return .success(String(decoding: field, as: UTF8.self))
    }

    /// The index of the first `byte` at or after `start`, nil when none.
    private func position(of byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Counts the line breaks in `range` of a quoted field (a CR that is
    /// the first half of a CRLF counts with its LF).
    private mutating func countLines(_ range: Range<Int>) {
        guard let base = bytes.baseAddress, !range.isEmpty else { return }
        let start = base + range.lowerBound
        let hasBreak =
            memchr(start, Int32(CSVTokenizer.lineFeed), range.count) != nil
            || memchr(start, Int32(CSVTokenizer.carriageReturn), range.count) != nil
        guard hasBreak else { return }
        for position in range {
            let byte = bytes[position]
            if byte == CSVTokenizer.lineFeed {
                line += 1
            } else if byte == CSVTokenizer.carriageReturn {
                let pairs = position + 1 < bytes.count && bytes[position + 1] == CSVTokenizer.lineFeed
                if !pairs { line += 1 }
            }
        }
    }

    /// Moves `index` to the next delimiter or line break (or the end).
    private mutating func skipUnquoted() {
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == delimiter || byte == CSVTokenizer.lineFeed || byte == CSVTokenizer.carriageReturn {
                return
            }
            index += 1
        }
    }

    /// The bytes in `range` as a string.
    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
