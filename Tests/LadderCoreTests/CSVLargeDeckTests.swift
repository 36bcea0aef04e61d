import Foundation
import LadderCore
import Testing

@Suite struct CSVLargeDeckTests {
    /// A generated CSV of `count` rows, every tenth with a quoted multi-line
    /// description, and a repeated title every hundredth.
    static func generated(_ count: Int) -> String {
        var text = "Issue key,Summary,Description,Labels\r\n"
        for number in 1...count {
            let title = number % 100 == 0 ? "Repeated title" : "Item \(number), with comma"
            let detail =
                number % 10 == 0 ? "\"first line\nsecond \"\"quoted\"\" line\"" : "plain detail \(number)"
            text += "\(number % 7 == 0 ? "" : "KEY-\(number)"),\"\(title)\",\(detail),group-\(number % 5)\r\n"
        }
        return text
    }

    @Test func tenThousandRowsParseCorrectly() throws {
        let deck = try DeckReader.read(text: Self.generated(10_000), name: "big.csv")
        #expect(deck.cards.count == 10_000)
        #expect(Set(deck.cards.map(\.id)).count == 10_000)
        #expect(deck.cards[0].id == "KEY-1")
        #expect(deck.cards[0].title == "Item 1, with comma")
        #expect(deck.cards[6].id == "item-7-with-comma")
        #expect(deck.cards[9].detail == "first line\nsecond \"quoted\" line")
        #expect(deck.cards[9_999].title == "Repeated title")
        #expect(deck.cards[9_999].group == "group-0")
    }

    @Test func lineNumbersStayRightAfterManyMultilineFields() {
        var text = Self.generated(1_000)
        text += "KEY-X,\"unterminated\nmore\n"
        let error = DeckTestSupport.error(text, name: "big.csv")
        // Header 1 line, 1,000 rows of which 100 span two lines: the bad row starts on 1,102.
        #expect(error?.description == "big.csv:1103: unterminated quoted field (started on line 1102)")
    }
}
