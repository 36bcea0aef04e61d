import LadderCore

/// A small module written for tests: three chapters with every kind of block,
/// wide characters, and enough text to scroll.
public enum SampleModule {
    /// The module.
    public static let module = Module(
        meta: ModuleMeta(
            title: "Sample Module", subtitle: "A module for tests", module: "Module 0 · Testing",
            lessonNumber: 7, readingMinutes: 5),
        chapters: [
            Chapter(
                title: "First Steps",
                blocks: [
                    .paragraph([
                        Span("Ladders are climbed one rung at a time, and the "), Span("first", .emphasis),
                        Span(" rung decides the angle of all the others."),
                    ]),
                    .heading([Span("Why it matters")]),
                    .paragraph([Span(longText(sentences: 12, topic: "scope"))]),
                    .list(
                        items: [
                            [Span("Decide what "), Span("not", .strong), Span(" to build.")],
                            [Span("Find the one insight — it beats a long spec.")],
                            [Span("Protect the team’s focus from most requests, even the polite ones.")],
                        ], ordered: false),
                    .quote([Span("Which of your last ten tasks would you put on the other pile?")]),
                ]),
            Chapter(
                title: "Wide Text 日本語 ✓",
                blocks: [
                    .paragraph([Span("Width check: 日本語のテキスト and emoji 👍 keep their columns · “quoted”.")]),
                    .paragraph([Span(longText(sentences: 20, topic: "judgement"))]),
                ]),
            Chapter(
                title: "Last Words",
                blocks: [
                    .paragraph([Span("Short and done. The word leverage appears here too.")])
                ]),
        ])

    private static func longText(sentences: Int, topic: String) -> String {
        (1...sentences).map { "Sentence \($0) is about \(topic) and how it grows over time." }
            .joined(separator: " ")
    }
}
