import Foundation
import Testing

@testable import LadderCore

/// A CSV row's fields as spans of the file's bytes: every string made from a
/// span, and every cleaned form made on the fast path, is exactly what the
/// string functions make of the cell.
@Suite struct CSVRowTests {
    /// Cells that test each way out of the fast path: spaces at the ends and
    /// doubled, tabs, breaks, escapes, DEL, quotes, non-ASCII, Unicode spaces.
    static let cells = [
        "", " ", "   ", "\t", "plain", "Ship the billing export", "two  spaces", " leading", "trailing ",
        "tab\there", "line\nbreak", "crlf\r\nbreak", "lone\rcr", "\n\nblank lines\n\n\nbetween\n",
        "esc \u{1B}[31mred\u{1B}[0m", "del\u{7F}x", "say \"hi\"", "\"", "\"\"", "a,b", "a;b",
        "Réviser  la facturation", "日本語", "\u{00A0}", "\u{00A0}x\u{2003}", "bidi \u{202E}evil",
        "emoji 👍🏽 ok", "12345678", "1234567 ", "abcdefgh  ijklmnop", "\u{0}nul",
    ]

    /// `cell` as a CSV field: quoted (quotes doubled) when `quoted`.
    static func field(_ cell: String, quoted: Bool) -> String {
        quoted ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }

    /// True when `cell` can be written without quotes.
    static func fitsUnquoted(_ cell: String) -> Bool {
        !cell.unicodeScalars.contains { $0 == "," || $0 == "\r" || $0 == "\n" || $0 == "\"" }
    }

    /// The rows of `text`, each as its fields' derived forms.
    static func derived(_ text: String) throws -> [[Derived]] {
        var text = text
        var rows: [[Derived]] = []
        try text.withUTF8 { bytes in
            try CSVTokenizer.forEachRow(in: bytes, delimiter: UInt8(ascii: ","), file: "t.csv") { row, _ in
                rows.append((0..<row.count).map { Derived(row: row, column: $0) })
            }
        }
        return rows
    }

    struct Derived: Equatable {
        var text: String
        var isBlank: Bool
        var line: String
        var optionalLine: String?
        var optionalBlock: String?

        init(row: CSVRow, column: Int) {
            text = row.text(column)
            isBlank = row.isBlank(column)
            line = row.line(column)
            optionalLine = row.optionalLine(column)
            optionalBlock = row.optionalBlock(column)
        }

        init(cell: String) {
            text = cell
            isBlank = CardText.isBlank(cell)
            line = CardText.line(cell)
            optionalLine = CardText.optionalLine(cell)
            optionalBlock = CardText.optionalBlock(cell)
        }
    }

    @Test func everyCellQuotedOrNotDerivesWhatTheStringFunctionsDo() throws {
        for quoted in [true, false] {
            let cells = Self.cells.filter { quoted || Self.fitsUnquoted($0) }
            // Each cell between neighbours, so the spans never reach the ends by chance.
            let text = cells.map { "x," + Self.field($0, quoted: quoted) + ",y\r\n" }.joined()
            let rows = try Self.derived(text)
            let expected = cells.map { [Derived(cell: "x"), Derived(cell: $0), Derived(cell: "y")] }
            #expect(rows.count == expected.count)
            for (row, wanted) in zip(rows, expected) {
                #expect(row == wanted, "quoted: \(quoted)")
            }
        }
    }

    @Test func textAfterAClosingQuoteAndDoubledQuotesUnquoteAsTheTokenizerDid() throws {
        let rows = try Self.derived("\"ab\"cd,\"x\" \"y\",\"a\"\"b\"\"\"tail,\"\"\"\"\n")
        #expect(rows.map { $0.map(\.text) } == [["abcd", "x \"y\"", "a\"b\"tail", "\""]])
        #expect(rows[0][1].line == "x \"y\"")
    }

    @Test func fieldsPastTheRowAreBlank() throws {
        var text = "a,b\n"
        try text.withUTF8 { bytes in
            try CSVTokenizer.forEachRow(in: bytes, delimiter: UInt8(ascii: ","), file: "t.csv") { row, _ in
                #expect(row.isBlank(2))
                #expect(CSVColumns.first([5, 1], in: row) == 1)
            }
        }
    }

    @Test func theByteFinderAgreesWithALinearSearchAtEveryOffset() {
        var generator = SplitMix64(seed: 11)
        let alphabet: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0x41, 0x80, 0xFF, 0x00, 0x01, 0x7F]
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...length {
                    let expected =
                        buffer[start...].firstIndex { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D } ?? length
                    #expect(ByteFinder.first(of: 0x22, 0x0A, 0x0D, in: buffer, from: start) == expected)
                }
            }
        }
    }
}
