import Foundation
import LadderCore
import TestSupport
import Testing

/// Links by chapter id reach the same text whatever lesson is open.
@Suite struct ChapterLinkTests {
    private let notes = BundledModule.module

    private func module(_ chapters: [(id: String?, title: String)]) -> Module {
        Module(
            meta: ModuleMeta(title: "Imported"),
            chapters: chapters.map { Chapter(id: $0.id, title: $0.title, blocks: [.paragraph([Span("x")])]) })
    }

    @Test func theNotesResolveToThemselves() {
        for (index, chapter) in notes.chapters.enumerated() {
            #expect(ChapterLink.resolve(chapter.id, in: notes) == .open(index))
        }
        #expect(ChapterLink.resolve("nowhere", in: notes) == nil)
    }

    @Test func anImportMatchesByTitleNotByPlace() {
        let imported = module([
            (nil, "Introduction"), (nil, "finding   leverage!"), (nil, "Leverage in the Problem"),
            (nil, "the two tracks — ic & management"), (nil, "Key Takeaways"),
        ])
        #expect(ChapterLink.resolve("leverage", in: imported) == .open(1))
        #expect(ChapterLink.resolve("tracks", in: imported) == .open(3))
        #expect(ChapterLink.resolve("takeaways", in: imported) == .open(4))
        #expect(ChapterLink.resolve("narrative", in: imported) == .notes(7))
        #expect(ChapterLink.resolve(notesNumber: 6, in: imported) == .open(1))
        #expect(ChapterLink.resolve(notesNumber: 0, in: imported) == nil)
        #expect(ChapterLink.resolve(notesNumber: 11, in: imported) == nil)
    }

    @Test func anExplicitIdWinsOverATitle() {
        let imported = module([(nil, "Finding Leverage"), ("leverage", "Where effort multiplies")])
        #expect(ChapterLink.resolve("leverage", in: imported) == .open(1))
    }

    @Test func titlesNormaliseAsLinksCompareThem() {
        #expect(
            ChapterLink.normalisedTitle("Output Feels Productive. It Is Not the Point.")
                == "output feels productive it is not the point")
        #expect(
            ChapterLink.normalisedTitle("The Two Tracks: IC & Management") == "two tracks ic and management")
        #expect(ChapterLink.normalisedTitle("The") == "the")
    }

    @Test(.enabled(if: Fixtures.sharedLessonFolder != nil, "the shared lesson folder is not present"))
    func everyChapterIdFindsItsSectionInTheRealLesson() throws {
        let folder = try #require(Fixtures.sharedLessonFolder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let name = try #require(names.first { $0.hasSuffix(".txt") })
        let lesson = try LessonLoader.load(url: folder.appendingPathComponent(name))
        #expect(lesson.chapters.count == 26)
        for chapter in notes.chapters {
            let target = ChapterLink.resolve(chapter.id, in: lesson)
            guard case .open(let index)? = target else {
                Issue.record("\(chapter.id) did not resolve in the lesson: \(String(describing: target))")
                continue
            }
            #expect(
                ChapterLink.normalisedTitle(lesson.chapters[index].title)
                    == ChapterLink.normalisedTitle(chapter.title))
        }
        guard case .open(let narrative)? = ChapterLink.resolve("narrative", in: lesson) else {
            Issue.record("narrative did not resolve")
            return
        }
        #expect(lesson.chapters[narrative].title == "Managing Your Own Narrative")
        #expect(narrative != 7, "the eighth section of the lesson is not the narrative chapter")
    }
}
