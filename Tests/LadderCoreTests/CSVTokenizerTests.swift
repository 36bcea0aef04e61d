import Testing

@testable import LadderCore

/// The byte scanner behind every CSV reader: fields, quotes, line breaks and
/// line numbers, checked record by record.
@Suite struct CSVTokenizerTests {
    static func rows(_ text: String) throws -> [[String]] {
        let bytes = Array(text.utf8)
        return try CSVTokenizer.records(in: bytes, delimiter: UInt8(ascii: ","), file: "t.csv").map(\.fields)
    }

    static func lines(_ text: String) throws -> [Int] {
        try CSVTokenizer.records(in: Array(text.utf8), delimiter: UInt8(ascii: ","), file: "t.csv").map(
            \.line)
    }

    @Test func quotedFieldsKeepDelimitersDoubledQuotesAndBreaks() throws {
        let text = "a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",\"\",x\n"
        #expect(try Self.rows(text) == [["a", "b, c", "say \"hi\""], ["two\r\nlines", "", "x"]])
        #expect(try Self.lines(text) == [1, 2])
    }

    @Test func textAfterAClosingQuoteJoinsTheField() throws {
        #expect(try Self.rows("\"ab\"cd,\"x\" \"y\"\n") == [["abcd", "x \"y\""]])
    }

    @Test func quoteInsideAnUnquotedFieldIsOrdinary() throws {
        #expect(try Self.rows("a\"b,c\"\n") == [["a\"b", "c\""]])
    }

    @Test func trailingDelimitersGiveEmptyFieldsAtTheEndToo() throws {
        #expect(try Self.rows("a,b,\nc,") == [["a", "b", ""], ["c", ""]])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let text = "\u{FEFF}h\n\n\r\nx\r\r,\n"
        #expect(try Self.rows(text) == [["h"], ["x"], ["", ""]])
        #expect(try Self.lines(text) == [1, 4, 6])
    }

    @Test func multiByteTextSurvivesUntouched() throws {
        #expect(try Self.rows("日本語,\"“quoted” ✓\"\n") == [["日本語", "“quoted” ✓"]])
    }

    @Test func anUnterminatedQuoteNamesWhereItStarted() {
        #expect(throws: InputError(file: "t.csv", line: 3, "unterminated quoted field (started on line 2)")) {
            try Self.rows("a\n\"b\nc\n")
        }
    }
}
