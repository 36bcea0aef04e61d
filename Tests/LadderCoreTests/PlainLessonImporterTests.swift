import LadderCore
import Testing

@Suite struct PlainLessonImporterTests {
    static let fixture = """
        Module 3 · Working Together

        12

        Running Better Meetings

        Why most meetings fail, and the few habits that rescue them.

        4 pages1.2K words6 min read

        Meetings Nobody Needed

        Most calendars are full of meetings that exist because someone scheduled them once and nobody stopped.

        The fix starts with asking what decision the meeting is for.

        Talking Feels Useful. It Is Not a Decision.

        A long discussion can leave everyone informed and nothing decided, which is the worst of both.

          • Feels useful: a round of updates. Better: a written summary read beforehand.
          • Feels useful: inviting everyone. Better: inviting the people who decide.

        Key Takeaways

          • Every meeting needs a decision to make.
          • Fewer people, clearer outcomes.
        ↑ Back to the index
        """

    @Test func readsHeader() throws {
        let module = try PlainLessonImporter.parse(Self.fixture, name: "lesson.txt")
        #expect(module.meta.module == "Module 3 · Working Together")
        #expect(module.meta.lessonNumber == 12)
        #expect(module.meta.title == "Running Better Meetings")
        #expect(module.meta.subtitle == "Why most meetings fail, and the few habits that rescue them.")
        #expect(module.meta.pages == 4)
        #expect(module.meta.words == 1_200)
        #expect(module.meta.readingMinutes == 6)
        #expect(module.meta.course == nil)
    }

    @Test func everyHeadingIsAChapter() throws {
        let module = try PlainLessonImporter.parse(Self.fixture, name: "lesson.txt")
        #expect(
            module.chapters.map(\.title) == [
                "Meetings Nobody Needed", "Talking Feels Useful. It Is Not a Decision.", "Key Takeaways",
            ])
        #expect(module.chapters.first?.blocks.count == 2)
    }

    @Test func readsBulletsAndDropsNavigation() throws {
        let module = try PlainLessonImporter.parse(Self.fixture, name: "lesson.txt")
        let pairs = try #require(module.chapters.dropFirst().first?.blocks.last)
        guard case .list(let items, let ordered) = pairs else {
            Issue.record("expected a list, got \(pairs)")
            return
        }
        #expect(items.count == 2)
        #expect(!ordered)
        #expect(
            items.first == [
                Span("Feels useful: a round of updates. Better: a written summary read beforehand.")
            ])
        let takeaways = try #require(module.chapters.last)
        #expect(
            takeaways.blocks == [
                .list(
                    items: [
                        [Span("Every meeting needs a decision to make.")],
                        [Span("Fewer people, clearer outcomes.")],
                    ], ordered: false)
            ])
        let everything = module.chapters.flatMap(\.blocks).map(\.plainText).joined(separator: "\n")
        #expect(!everything.contains("Back to the index"))
        #expect(!everything.contains("↑"))
    }

    @Test func toleratesSeparatorsAndMissingParts() throws {
        let text = """
            A Short Guide

            9 pages · 3.5K words · 17 min read

            The Only Heading

            Some text.
            """
        let module = try PlainLessonImporter.parse(text, name: "guide.txt")
        #expect(module.meta.title == "A Short Guide")
        #expect(module.meta.subtitle == nil)
        #expect(module.meta.module == nil)
        #expect(module.meta.lessonNumber == nil)
        #expect(module.meta.pages == 9)
        #expect(module.meta.words == 3_500)
        #expect(module.meta.readingMinutes == 17)
        #expect(module.chapters.map(\.title) == ["The Only Heading"])
    }

    @Test func headerWithoutCounts() throws {
        let text =
            "Lesson 7\n\nTitle Here\n\nA subtitle that reads like a sentence.\n\nFirst Part\n\nBody text.\n"
        let module = try PlainLessonImporter.parse(text, name: "t.txt")
        #expect(module.meta.lessonNumber == 7)
        #expect(module.meta.subtitle == "A subtitle that reads like a sentence.")
        #expect(module.chapters.map(\.title) == ["First Part"])
    }

    @Test func textBeforeTheFirstHeadingIsKept() throws {
        let text =
            "Title\n\nsubtitle words here.\n\nAn opening paragraph that comes before any heading at all.\n\nNext Part\n\nMore.\n"
        let module = try PlainLessonImporter.parse(text, name: "t.txt")
        #expect(module.chapters.map(\.title) == [PlainLessonImporter.introductionTitle, "Next Part"])
    }

    @Test func continuationLinesJoinTheirItem() throws {
        let text =
            "Title\n\nPart One\n\n  • an item that\n    wraps onto a second line\n  • another\n\n  1. first\n  2. second\n"
        let module = try PlainLessonImporter.parse(text, name: "t.txt")
        #expect(
            module.chapters.first?.blocks == [
                .list(
                    items: [[Span("an item that wraps onto a second line")], [Span("another")]],
                    ordered: false),
                .list(items: [[Span("first")], [Span("second")]], ordered: true),
            ])
    }

    @Test func errors() throws {
        #expect(throws: InputError.self) { try PlainLessonImporter.parse("\n\n", name: "t.txt") }
        do throws(InputError) {
            _ = try PlainLessonImporter.parse("Just A Title\n", name: "t.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("no chapters"))
            #expect(error.line == 1)
        }
    }
}
