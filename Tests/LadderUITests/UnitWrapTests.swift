import Testing

@testable import LadderUI

/// The reader's one-pass wrapping over UTF-8 against `WordWrap.lines`, the
/// wrapping over Characters that the rest of the app uses.
@Suite struct UnitWrapTests {
    private static let pieces = [
        "a", "word", " ", "  ", "longerwordthanaline", "café", "e\u{301}", "日本語", "👍🏽", "🇫🇷🇩🇪", "—",
        "\u{301}", "İ", "ß", "\r\n", "x",
    ]

    /// The lines `WordWrap.lines` gives, as UTF-8 offsets.
    private func expected(_ text: String, width: Int) -> [WordWrap.Line] {
        let characters = Array(text)
        var offsets = [0]
        for character in characters { offsets.append(offsets[offsets.count - 1] + character.utf8.count) }
        return WordWrap.lines(characters, width: width).map {
            WordWrap.Line(start: offsets[$0.start], end: offsets[$0.end])
        }
    }

    @Test func breaksWhereWordWrapBreaksOnMixedText() {
        var generator = SeededGenerator(seed: 12)
        for round in 0..<300 {
            let count = Int.random(in: 0...60, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
            let width = 1 + round % 17
            #expect(
                UnitWrap.lines(text, width: width) == expected(text, width: width),
                "\(text.debugDescription) at \(width)")
        }
    }

    @Test func emptyAndBlankTextGiveOneEmptyLine() {
        #expect(UnitWrap.lines("", width: 10) == [WordWrap.Line(start: 0, end: 0)])
        #expect(UnitWrap.lines("     ", width: 2) == [WordWrap.Line(start: 0, end: 0)])
    }

    @Test func graphemesComeWithTheirBytes() {
        var run = GraphemeRun("ae\u{301}日👍🏽 x", from: 1, to: 17)
        var seen: [(Int, Int, String)] = []
        run.forEach { grapheme in
            seen.append((grapheme.start, grapheme.length, grapheme.string))
            return true
        }
        #expect(seen.map(\.0) == [1, 4, 7, 15, 16])
        #expect(seen.map(\.1) == [3, 3, 8, 1, 1])
        #expect(seen.map(\.2) == ["e\u{301}", "日", "👍🏽", " ", "x"])
    }
}

/// A small deterministic generator (xorshift), so a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}
