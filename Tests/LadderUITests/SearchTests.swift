import LadderCore
import TestSupport
import Testing

@testable import LadderUI

@Suite struct SearchTests {
    private func module(_ paragraphs: [String]) -> Module {
        Module(
            meta: ModuleMeta(title: "T"),
            chapters: [Chapter(title: "One", blocks: paragraphs.map { .paragraph([Span($0)]) })])
    }

    @Test func ignoresCaseAndAccentsAndReportsUTF8Offsets() {
        let found = Search.matches(of: "resume", in: module(["Le Résumé, RESUME and résumé; café ☕️ resumed"]))
        #expect(found.map(\.start) == [3, 13, 24, 47])
        #expect(found.map(\.length) == [8, 6, 8, 6])
        #expect(found.allSatisfy { $0.unit == 1 && $0.chapter == 0 })
        let emoji = Search.matches(of: "café ☕️", in: module(["a café ☕️ b"]))
        #expect(emoji.map(\.start) == [2])
        #expect(emoji.first?.length == 12, "é is two bytes; ☕️ is three and its selector three more")
        let decomposed = Search.matches(of: "CAFE", in: module(["un cafe\u{301} noir"]))
        #expect(decomposed.map(\.start) == [3])
        #expect(decomposed.first?.length == 6, "the combining accent belongs to the hit")
    }

    @Test func hitsDoNotOverlapAndBlankQueriesFindNothing() {
        #expect(Search.matches(of: "aa", in: module(["aaaaa"])).map(\.start) == [0, 2])
        #expect(Search.matches(of: "   ", in: module(["text"])).isEmpty)
        #expect(Search.matches(of: "abcabd", in: module(["abcabcabd"])).map(\.start) == [3])
    }

    @Test func oneHugeParagraphGivesEveryHitUpToTheLimit() {
        let lines = String(repeating: "another line of text ", count: 20_000)
        let found = Search.matches(of: "line", in: module([lines]))
        #expect(found.count == 20_000)
        #expect(found.last?.start == 19_999 * 21 + 8)
        let capped = Search.matches(
            of: "e", in: module([String(repeating: "e", count: Search.matchLimit + 5)]))
        #expect(capped.count == Search.matchLimit)
    }

    @Test func readsTheUnitsTheReaderLaysOut() {
        for chapter in SampleModule.module.chapters + BundledModule.module.chapters {
            var texts: [String] = []
            TextUnit.forEachText(of: chapter) { text in
                texts.append(text)
                return true
            }
            #expect(texts == TextUnit.units(of: chapter).map(\.text), "\(chapter.title)")
        }
    }
}
