import Testing

@testable import LadderCore

@Suite struct PlainLessonHeuristicTests {
    @Test(arguments: [
        "The Ladder Nobody Drew for You", "Output Feels Productive. It Is Not the Point.",
        "Scope Is About Ambiguity, Not Size", "The Two Tracks: IC and Management", "How to Choose",
        "A Final Word", "Key Takeaways", "Leverage in the Team", "What Actually Moves the Numbers?",
    ])
    func headings(_ line: String) {
        #expect(PlainHeadingHeuristic.isHeading(line))
    }

    @Test(arguments: [
        "It is not.", "Go to Settings.", "Thanks for reading", "a lower-case start",
        "I am going to be blunt about some things that are usually left vague, because vagueness keeps people stuck.",
        "Feels productive: clearing your backlog.", "Ends With A Colon:", "Trailing Comma,",
        String(repeating: "Word ", count: 13),
    ])
    func notHeadings(_ line: String) {
        #expect(!PlainHeadingHeuristic.isHeading(line))
    }

    @Test func metadataLines() throws {
        let squashed = try #require(LessonMetadataLine("9 pages3.5K words17 min read"))
        #expect(squashed == LessonMetadataLine(pages: 9, words: 3_500, minutes: 17))
        #expect(LessonMetadataLine("9 pages · 3.5K words · 17 min read") == squashed)
        #expect(LessonMetadataLine("9 pages | 3,500 words | 17 minutes") == squashed)
        #expect(LessonMetadataLine("12 min read") == LessonMetadataLine(minutes: 12))
        #expect(LessonMetadataLine("1.2M words")?.words == 1_200_000)
    }

    @Test func notMetadataLines() {
        #expect(LessonMetadataLine("Career Growth for Product Managers") == nil)
        #expect(LessonMetadataLine("9 lives") == nil)
        #expect(LessonMetadataLine("") == nil)
        #expect(LessonMetadataLine("· read ·") == nil)
        #expect(LessonMetadataLine("99999999999999 pages") == nil)
    }

    @Test func navigationLines() {
        for line in ["↑ Back to the index", "← Previous lesson", "Next lesson →", "→"] {
            #expect(PlainLineKind(SourceLine(number: 1, text: line)) == .navigation, "\(line)")
        }
        for line in ["→ A real sentence about users that points somewhere else entirely today", "↑ Growth"] {
            #expect(PlainLineKind(SourceLine(number: 1, text: line)) != .navigation, "\(line)")
        }
    }
}
