import LadderUI
import Testing

/// Wrapping with a line limit looks at the start of the text only, so a
/// card body of millions of characters wraps as fast as a short one, and
/// gives the same lines as wrapping the whole text would.
@Suite struct WordWrapLimitTests {
    private let words = Array(repeating: "leverage compounds over years", count: 400_000).joined(
        separator: " ")

    @Test func aHugeTextGivesTheSameFirstLinesAsAShortOne() {
        let short = String(words.prefix(2_000))
        let huge = WordWrap.wrap(words, width: 40, limit: 3)
        #expect(huge == WordWrap.wrap(short, width: 40, limit: 3))
        #expect(huge.count == 3)
        #expect(huge[2].hasSuffix("…"))
    }

    @Test func noLimitAndTinyWidthsDoNotTrap() {
        #expect(WordWrap.wrap("a b c", width: 1, limit: .max) == ["a", "b", "c"])
        #expect(WordWrap.wrap("a b c", width: .max, limit: .max) == ["a b c"])
        #expect(
            WordWrap.wrap("a b c", width: 0, limit: 1) == ["…"]
                || WordWrap.wrap("a b c", width: 0, limit: 1).count == 1)
    }

    @Test func aTextThatFitsIsLeftWhole() {
        #expect(WordWrap.wrap("one two", width: 20, limit: 2) == ["one two"])
    }
}
