import LadderCore
import Testing

@Suite struct MarkdownModuleReaderTests {
    static let sample = """
        ---
        title: Career Growth
        subtitle: "Notes on scope"
        course: Product Management
        module: Module 9 · The Human Craft
        lesson: 50
        reading-time: 17 min
        ---

        # First Chapter

        ## The argument

        A paragraph that
        spans two lines.

        - one
        - two
          continued
        * three

        1. first
        2. second

        > A quote
        > over two lines.
        >
        > A second quote.

        # Second Chapter

        Closing words.
        """

    @Test func readsFrontMatter() throws {
        let module = try MarkdownModuleReader.parse(Self.sample, name: "m.md")
        #expect(module.meta.title == "Career Growth")
        #expect(module.meta.subtitle == "Notes on scope")
        #expect(module.meta.course == "Product Management")
        #expect(module.meta.module == "Module 9 · The Human Craft")
        #expect(module.meta.lessonNumber == 50)
        #expect(module.meta.readingMinutes == 17)
        #expect(module.meta.pages == nil)
    }

    @Test func readsChaptersAndBlocks() throws {
        let module = try MarkdownModuleReader.parse(Self.sample, name: "m.md")
        #expect(module.chapters.map(\.title) == ["First Chapter", "Second Chapter"])
        let blocks = try #require(module.chapters.first).blocks
        #expect(
            blocks == [
                .heading([Span("The argument")]),
                .paragraph([Span("A paragraph that spans two lines.")]),
                .list(items: [[Span("one")], [Span("two continued")], [Span("three")]], ordered: false),
                .list(items: [[Span("first")], [Span("second")]], ordered: true),
                .quote([Span("A quote over two lines.")]),
                .quote([Span("A second quote.")]),
            ])
        #expect(module.chapters.last?.blocks == [.paragraph([Span("Closing words.")])])
    }

    @Test func readingTimeForms() throws {
        for (value, minutes) in [("17", 17), ("9 mins", 9), ("3 minutes", 3), ("'12'", 12)] {
            let text = "---\ntitle: T\nreading-time: \(value)\n---\n# C\n"
            #expect(try MarkdownModuleReader.parse(text, name: "m.md").meta.readingMinutes == minutes)
        }
    }

    @Test func worksWithoutFrontMatter() throws {
        let module = try MarkdownModuleReader.parse("\n\n# Only Chapter\n\nText.\n", name: "m.md")
        #expect(module.meta.title == "Only Chapter")
        #expect(module.meta.lessonNumber == nil)
        #expect(module.chapters.count == 1)
    }

    @Test func listsSurviveBlankLinesBetweenItems() throws {
        let text = "# C\n\n- one\n\n- two\n\n    more of two\n\nAfter.\n"
        let module = try MarkdownModuleReader.parse(text, name: "m.md")
        #expect(
            module.chapters.first?.blocks == [
                .list(items: [[Span("one")], [Span("two more of two")]], ordered: false),
                .paragraph([Span("After.")]),
            ])
    }

    @Test func deeperHeadingsAndBreaks() throws {
        let text = "# C #\n### Deeper ###\n---\nText\n# D"
        let module = try MarkdownModuleReader.parse(text, name: "m.md")
        #expect(module.chapters.map(\.title) == ["C", "D"])
        #expect(module.chapters.first?.blocks == [.heading([Span("Deeper")]), .paragraph([Span("Text")])])
    }

    @Test func chapterTitlesDropInlineMarkup() throws {
        let module = try MarkdownModuleReader.parse("# The *Real* Ladder", name: "m.md")
        #expect(module.chapters.first?.title == "The Real Ladder")
    }

    @Test func sanitisesText() throws {
        let text =
            "---\ntitle: Bad\u{1B}[31mTitle\n---\n# Chap\u{07}ter\n\nRed \u{1B}[31mtext\u{1B}[0m here\n"
        let module = try MarkdownModuleReader.parse(text, name: "m.md")
        #expect(module.meta.title == "BadTitle")
        #expect(module.chapters.first?.title == "Chapter")
        #expect(module.chapters.first?.blocks == [.paragraph([Span("Red text here")])])
    }
}
