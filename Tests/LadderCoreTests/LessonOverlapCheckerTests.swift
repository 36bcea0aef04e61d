import Testing

/// The checker behind `LessonOverlapTests`, on small texts of its own.
@Suite struct LessonOverlapCheckerTests {
    static let lesson = """
        The Ladder Nobody Drew for You

        What Gets You Promoted Versus What Feels Productive

        Judgement is what every promotion is really betting on, in the end. Output is easy to count.
          • Feels productive: clearing your backlog. Actually advances you: saying no.
        """

    let overlap = LessonOverlap(lesson: Self.lesson)

    @Test func wordsIgnoreCasePunctuationAndApostrophes() {
        #expect(
            LessonOverlap.words(in: "Don’t STOP — it's a “mid-market” £400k!") == [
                "dont", "stop", "its", "a", "mid", "market", "400k",
            ])
    }

    @Test func findsAndNamesARunOfEightWords() {
        let document = "Intro line.\nWe think judgement is what every promotion is really betting on today."
        #expect(
            overlap.sharedRuns(in: document) == [
                .init(
                    line: 2,
                    words: ["judgement", "is", "what", "every", "promotion", "is", "really", "betting", "on"])
            ])
    }

    @Test func aRunOfSevenWordsPasses() {
        let document = "Judgement is what every promotion is really, we think, a bet on."
        #expect(overlap.sharedRuns(in: document).isEmpty)
        #expect(overlap.longestSharedRun(in: document)?.words.count == 7)
    }

    @Test func runsCrossLinesAndMarkup() {
        let document = "- **Judgement is what every**\n  promotion is *really* betting on"
        #expect(overlap.sharedRuns(in: document).map(\.words.count) == [9])
    }

    @Test func chapterTitleHeadingsAreLeftOutAndBreakRuns() {
        let document = """
            # What Gets You Promoted Versus What Feels Productive {#promoted}
            ## What gets you promoted versus what feels productive, said again
            """
        #expect(overlap.isChapterTitle("# What Gets You Promoted Versus What Feels Productive {#promoted}"))
        #expect(!overlap.isChapterTitle("What Gets You Promoted Versus What Feels Productive"))
        #expect(overlap.sharedRuns(in: document).map(\.line) == [2])
        #expect(overlap.sharedRuns(in: "# Intro\n" + document).map(\.line) == [3])
    }

    @Test func aSentenceTracksWhenTwoFifthsOfItsContentWordsComeFromOneLessonSentence() {
        // content words: promotion, bet, judgement, next, level (two of five shared: tracks)
        // content words: counting, output, simple, dashboards, lie (one of five: does not)
        let tracking = overlap.tracking(
            in:
                "A promotion is a bet on judgement at the next level. Counting output is simple; dashboards lie."
        )
        #expect(tracking.sentences == 2)
        #expect(tracking.tracking == ["A promotion is a bet on judgement at the next level."])
        #expect(tracking.share == 0.5)
    }

    @Test func contentWordsAreSpreadOverLessonSentencesDoNotTrack() {
        // judgement, count, backlog: each from a different lesson sentence
        let tracking = overlap.tracking(in: "Judgement beats any count of backlog tickets.")
        #expect(tracking.sentences == 1)
        #expect(tracking.tracking.isEmpty)
    }

    @Test func shortSentencesAreNotJudged() {
        #expect(overlap.tracking(in: "Output is easy. Count it.").sentences == 0)
    }

    @Test func proseLeavesOutFrontMatterCommentsHeadingsAndDataFields() {
        let document = """
            ---
            title: Judgement is what every promotion is really betting on
            ---
            <!--
            Judgement is what every promotion is really betting on.
            -->
            # Deck
            - [advances] Say no to the backlog
              why: Saying no is what moves you. It carries
                over a line.
              chapter: 4
              weights: problem +2
            1. **The spec.** Shorter is better.
            > A reflection prompt?
            """
        #expect(
            ProseLines.segments(of: document) == [
                "Say no to the backlog", "Saying no is what moves you. It carries over a line.",
                "**The spec.** Shorter is better.", "A reflection prompt?",
            ])
        #expect(
            LessonOverlap.sentences(in: "**The spec.** Shorter “is” better. Why? Yes") == [
                "**The spec.**", "Shorter “is” better.", "Why?", "Yes",
            ])
    }
}
