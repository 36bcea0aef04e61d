import Foundation
import LadderCore
import Testing

@Suite struct BundledModuleTests {
    static let titles = [
        "The Ladder Nobody Drew for You", "What the Ladder Actually Measures",
        "Output Feels Productive. It Is Not the Point.",
        "What Gets You Promoted Versus What Feels Productive",
        "The Two Tracks: IC and Management", "Finding Leverage",
        "Choosing the Right Problems and the Right Teams",
        "Managing Your Own Narrative", "The Moves That Compound", "Key Takeaways",
    ]

    @Test func parsesCleanly() throws {
        let module = try BundledModule.load()
        #expect(module == BundledModule.module)
        #expect(module.meta.title == "Career Growth for Product Managers")
        #expect(module.meta.module == "Module 9 · The Human Craft")
        #expect(module.meta.lessonNumber == 50)
        #expect(module.meta.course != nil)
        #expect(module.meta.readingMinutes != nil)
    }

    @Test func hasTheNineChaptersAndTakeaways() {
        #expect(BundledModule.module.chapters.map(\.title) == Self.titles)
    }

    @Test func eachStudyChapterHasArgumentIdeasAndReflection() throws {
        for chapter in BundledModule.module.chapters.dropLast() {
            let headings = chapter.blocks.compactMap { block -> String? in
                if case .heading = block { return block.plainText }
                return nil
            }
            #expect(
                headings == ["The argument", "Key ideas", "A worked scenario", "Reflect"], "\(chapter.title)")
            let reflect = try #require(chapter.blocks.lastIndex(of: .heading([Span("Reflect")])))
            let prompts = chapter.blocks[(reflect + 1)...]
            #expect((1...3).contains(prompts.count), "\(chapter.title)")
            #expect(prompts.allSatisfy { if case .quote = $0 { true } else { false } }, "\(chapter.title)")
            #expect(
                chapter.blocks.contains { if case .list = $0 { true } else { false } }, "\(chapter.title)")
        }
    }

    @Test func takeawaysAreAFiveItemListThenHowTheNotesWereChecked() throws {
        let last = try #require(BundledModule.module.chapters.last)
        guard case .list(let items, false) = try #require(last.blocks.first) else {
            Issue.record("expected a bullet list first")
            return
        }
        #expect(items.count == 5)
        #expect(last.blocks.dropFirst().first == .heading([Span("How these notes were checked")]))
    }

    /// The figures the notes give about themselves stay true as the notes change.
    @Test func theNotesStateTheirOwnLength() throws {
        let last = try #require(BundledModule.module.chapters.last)
        let checked = last.blocks.map(\.plainText).joined(separator: " ")
        let argumentWords = BundledModule.module.chapters.map(LessonOverlapTests.argumentWords).reduce(0, +)
        let formatted = argumentWords.formatted(
            .number.grouping(.automatic).locale(Locale(identifier: "en_GB")))
        #expect(
            checked.contains("come to \(formatted) words"),
            "the argument sections have \(argumentWords) words")
        let allWords = BundledModule.module.chapters.flatMap(\.blocks).map(\.plainText)
            .joined(separator: " ").split(whereSeparator: \.isWhitespace).count
        #expect(checked.contains("about 4,300 words"))
        #expect(abs(allWords - 4_300) <= 150, "the notes have \(allWords) words")
    }

    @Test func thePairsChapterListsFivePairs() throws {
        let chapter = try #require(BundledModule.module.chapters.dropFirst(3).first)
        #expect(
            chapter.blocks.contains {
                if case .list(let items, true) = $0 { items.count == 5 } else { false }
            })
    }

    @Test func usesStylingAndTypography() {
        let spans = BundledModule.module.chapters.flatMap(\.blocks).flatMap { block -> [Span] in
            switch block {
            case .heading(let spans), .paragraph(let spans), .quote(let spans): spans
            case .list(let items, _): items.flatMap { $0 }
            }
        }
        #expect(spans.contains { $0.style == .emphasis })
        #expect(spans.contains { $0.style == .strong })
        let text = spans.map(\.text).joined()
        for mark in ["—", "’", "“", "”"] { #expect(text.contains(mark), "\(mark)") }
        #expect(!text.contains("**"))
    }

    @Test func isAStudyGuideOfSensibleLength() {
        let words = BundledModule.module.chapters.flatMap(\.blocks).map(\.plainText)
            .joined(separator: " ").split(whereSeparator: \.isWhitespace).count
        #expect((3_000...4_700).contains(words), "\(words) words")
    }
}
