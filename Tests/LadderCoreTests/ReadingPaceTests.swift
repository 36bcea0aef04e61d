import Testing

@testable import LadderCore

@Suite struct ReadingPaceTests {
    /// The count as words split at spaces and line breaks would give it.
    private func splitCount(_ chapter: Chapter) -> Int {
        ([chapter.title] + chapter.blocks.map(\.plainText)).reduce(0) { count, part in
            count + part.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        }
    }

    @Test func countsWordsAcrossStylesItemsAndTitles() {
        let chapter = Chapter(
            title: "Two  words",
            blocks: [
                .paragraph([Span("half"), Span("way", .strong), Span(" there ")]),
                .list(items: [[Span("one")], [Span(" two three")]], ordered: false),
                .quote([Span("café ☕️ — done")]),
            ])
        #expect(ReadingPace.words(in: chapter) == 11)
        #expect(ReadingPace.words(in: chapter) == splitCount(chapter))
    }

    @Test func agreesWithSplittingOnTheBundledNotes() {
        for chapter in BundledModule.module.chapters {
            #expect(ReadingPace.words(in: chapter) == splitCount(chapter), "\(chapter.title)")
        }
    }
}
