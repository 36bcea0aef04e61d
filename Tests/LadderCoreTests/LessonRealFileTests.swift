import Foundation
import LadderCore
import TestSupport
import Testing

@Suite(.enabled(if: Fixtures.sharedLessonFolder != nil, "the shared lesson folder is not present"))
struct LessonRealFileTests {
    /// The real lesson export, loaded through the public loader.
    func realModule() throws -> Module {
        let folder = try #require(Fixtures.sharedLessonFolder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let name = try #require(names.first { $0.hasSuffix(".txt") })
        return try LessonLoader.load(url: folder.appendingPathComponent(name))
    }

    @Test func readsTheHeader() throws {
        let meta = try realModule().meta
        #expect(meta.title == "Career Growth for Product Managers")
        #expect(meta.module == "Module 9 · The Human Craft")
        #expect(meta.lessonNumber == 50)
        #expect(meta.pages == 9)
        #expect(meta.words == 3_500)
        #expect(meta.readingMinutes == 17)
        #expect(meta.subtitle?.hasPrefix("How PM careers") == true)
    }

    @Test func everyHeadingIsAChapter() throws {
        let chapters = try realModule().chapters
        #expect(chapters.count == 26)
        #expect(chapters.first?.title == "The Ladder Nobody Drew for You")
        #expect(chapters.contains { $0.title == "Output Feels Productive. It Is Not the Point." })
        #expect(chapters.contains { $0.title == "Scope Is About Ambiguity, Not Size" })
        #expect(chapters.allSatisfy { !$0.blocks.isEmpty })
    }

    @Test func keyTakeawaysComeLastAsAList() throws {
        let last = try #require(try realModule().chapters.last)
        #expect(last.title == "Key Takeaways")
        guard case .list(let items, false) = try #require(last.blocks.last) else {
            Issue.record("expected a bullet list")
            return
        }
        #expect(items.count == 5)
    }

    @Test func theFivePairsAreOneList() throws {
        let chapter = try #require(
            try realModule().chapters.first {
                $0.title == "What Gets You Promoted Versus What Feels Productive"
            })
        let lists = chapter.blocks.compactMap { block -> [[Span]]? in
            if case .list(let items, _) = block { return items }
            return nil
        }
        #expect(lists.count == 1)
        #expect(lists.first?.count == 5)
        #expect(lists.first?.allSatisfy { $0.map(\.text).joined().hasPrefix("Feels productive:") } == true)
    }

    @Test func navigationLineIsDropped() throws {
        let blocks = try realModule().chapters.flatMap(\.blocks)
        #expect(!blocks.contains { $0.plainText.contains("Back to the index") })
    }
}
