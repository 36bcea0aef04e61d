import Foundation
import Testing

@testable import LadderCore

/// Reads tracker files back in the round-trip tests, independently of the
/// writer where it can be.
enum TrackerTable {
    /// The rows of CSV `text`, fields unquoted, as the deck reader sees them.
    static func rows(_ text: String) throws -> [[String]] {
        let bytes = Array(text.utf8)
        let delimiter = CSVTokenizer.sniffDelimiter(bytes)
        return try CSVTokenizer.records(in: bytes, delimiter: delimiter, file: "test.csv").map(\.fields)
    }

    /// `written` without the blank `ladder` cells or members a write-back of
    /// an untouched session adds; nil when some row or card lacks them.
    static func removingAddedMembers(_ written: [UInt8], name: String, cards: Int) -> [UInt8]? {
        name.hasSuffix(".csv") ? removingCSVCells(written) : removingJSONMembers(written, cards: cards)
    }

    /// Drops the last two cells of every row, which must be the added header
    /// names or blank cells.
    private static func removingCSVCells(_ bytes: [UInt8]) -> [UInt8]? {
        let quotesAll = bytes.drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }.first == UInt8(ascii: "\"")
        let header = Array((quotesAll ? #","ladder","ladder note""# : ",ladder,ladder note").utf8)
        let blank = Array((quotesAll ? #","","""# : ",,").utf8)
        var output: [UInt8] = []
        var inQuotes = false
        var row = 0
        var index = 0
        func cut() -> Bool {
            let suffix = row == 0 ? header : blank
            guard output.count >= suffix.count, Array(output.suffix(suffix.count)) == suffix else {
                return false
            }
            output.removeLast(suffix.count)
            row += 1
            return true
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes, byte == 0x0A || byte == 0x0D {
                guard cut() else { return nil }
                let crlf = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
                output += crlf ? [0x0D, 0x0A] : [byte]
                index += crlf ? 2 : 1
                continue
            }
            output.append(byte)
            index += 1
        }
        if bytes.last != 0x0A, bytes.last != 0x0D, !cut() { return nil }
        return output
    }

    /// Drops `cards` blank `ladder`/`ladderNote` member pairs.
    private static func removingJSONMembers(_ bytes: [UInt8], cards: Int) -> [UInt8]? {
        let text = String(decoding: bytes, as: UTF8.self)
        let pattern = #",\s*"ladder":\s*"",\s*"ladderNote":\s*"""#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard expression.numberOfMatches(in: text, range: range) == cards else { return nil }
        return Array(expression.stringByReplacingMatches(in: text, range: range, withTemplate: "").utf8)
    }
}
