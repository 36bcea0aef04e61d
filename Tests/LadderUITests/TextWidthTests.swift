import LadderUI
import Testing

@Suite struct TextWidthTests {
    @Test func countsWideAndNarrowGraphemes() {
        #expect(TextWidth.of("abc") == 3)
        #expect(TextWidth.of("— “” · ✓") == 8)
        #expect(TextWidth.of("日本語") == 6)
        #expect(TextWidth.of("👍") == 2)
        #expect(TextWidth.of("👩‍💻") == 2)
        #expect(TextWidth.of("é") == 1)
        #expect(TextWidth.of("e\u{301}") == 1)
    }

    @Test func truncatesWithEllipsis() {
        #expect(TextWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(TextWidth.truncate("日本語", to: 4) == "日…")
        #expect(TextWidth.truncate("ab", to: 4) == "ab")
        #expect(TextWidth.truncate("ab", to: 0) == "")
    }
}

@Suite struct WordWrapTests {
    func wrap(_ text: String, _ width: Int) -> [String] {
        let characters = Array(text)
        return WordWrap.lines(characters, width: width).map { String(characters[$0.start..<$0.end]) }
    }

    @Test func wrapsAtSpaces() {
        #expect(wrap("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func breaksLongWordsHard() {
        #expect(wrap("abcdefghij xy", 4) == ["abcd", "efgh", "ij", "xy"])
    }

    @Test func respectsWideCharacters() {
        #expect(wrap("日本語日本語", 5) == ["日本", "語日", "本語"])
    }

    @Test func emptyTextGivesOneLine() {
        #expect(WordWrap.lines([], width: 10).count == 1)
        #expect(wrap("a b", 0) == ["a", "b"])
    }
}

@Suite struct LayerTests {
    @Test func clipsAtTheEdgeWithoutCrashing() {
        var layer = Layer(rect: Rect(x: 0, y: 0, width: 3, height: 1))
        layer.write("日本", x: 0, y: 0, role: .text)
        #expect(layer.text(row: 0) == "日 ")
        layer.write("xyz", x: -1, y: 0, role: .text)
        #expect(layer.text(row: 0) == "yz ")
        layer.write("a", x: 0, y: 5, role: .text)
        var empty = Layer(rect: Rect(x: 0, y: 0, width: 0, height: 0))
        empty.write("a", x: 0, y: 0, role: .text)
        empty.fill(Rect(x: -2, y: -2, width: 10, height: 10), role: .text)
        #expect(empty.cells.isEmpty)
    }

    @Test func overwritingHalfAWideGraphemeBlanksTheOtherHalf() {
        var layer = Layer(rect: Rect(x: 0, y: 0, width: 6, height: 1))
        layer.write("日本語", x: 0, y: 0, role: .text)
        layer.write("…", x: 3, y: 0, role: .text)
        #expect(layer.text(row: 0) == "日 …語")
        #expect(layer.cell(x: 2, y: 0)?.isContinuation == false)
        layer.write("ab", x: 4, y: 0, role: .text)
        #expect(layer.text(row: 0) == "日 …ab")
    }
}
