import Foundation
import LadderCore
import Testing

/// Feedback after each sort, peeks left out of agreement, notes on cards, and
/// the setting that hides the answers.
@Suite struct TriageFeedbackTests {
    private let time = DeckTestSupport.time

    /// Four cards: two with verdicts (advances, productive), a contested one,
    /// and one the lesson has no call on.
    private var deck: Deck {
        Deck(
            title: "Mixed",
            cards: [
                Card(
                    id: "a", title: "Ask what the next level looks like", verdict: .advances,
                    rationale: "It names the gap. The rest follows.", chapter: "growth"),
                Card(
                    id: "p", title: "Polish the status deck", verdict: .productive,
                    rationale: "Busy, not moving"),
                Card(
                    id: "c", title: "Stay for the manager", chapter: "team",
                    readings: ContestedReadings(
                        productive: "The problem matters more.",
                        advances: "A manager who grows you compounds.")),
                Card(id: "n", title: "Migrate the billing cron"),
            ])
    }

    @Test func eachSortGetsALineAgreeingOrDifferingWithTheReasonAndChapter() {
        var session = TriageSession(deck: deck, startedAt: time(0))
        session.sort(.advances, at: time(1))
        #expect(
            session.lastFeedback
                == TriageFeedback(
                    index: 0, placed: .advances, outcome: .agreed, lesson: .advances, peeked: false,
                    reason: "It names the gap.", chapter: "growth"))
        session.sort(.advances, at: time(2))
        #expect(session.lastFeedback?.outcome == .differed)
        #expect(session.lastFeedback?.reason == "Busy, not moving")
        session.sort(.productive, at: time(3))
        #expect(session.lastFeedback?.outcome == .contested)
        #expect(session.lastFeedback?.reason == "The problem matters more.")
        session.skip(at: time(4))
        #expect(session.lastFeedback == nil, "a skip gets no feedback")
        session.sort(.productive, at: time(5))
        #expect(session.lastFeedback?.outcome == .noCall)
        #expect(session.lastFeedback?.reason == nil)
    }

    @Test func revealingBeforeSortingIsAPeekLeftOutOfAgreement() {
        var session = TriageSession(deck: deck, startedAt: time(0))
        let revealed = session.reveal(at: time(1))
        #expect(revealed)
        session.sort(.advances, at: time(2))
        session.sort(.productive, at: time(3))
        #expect(session.agreement == TriageAgreement(agreed: 1, judged: 1, peeked: 1))
        #expect(session.lastFeedback?.peeked == false)
        #expect(session.feedback(at: 0)?.peeked == true)
        #expect(session.records[0].reveals == 1)
    }

    @Test func sortingAgainAfterUndoingSeenFeedbackIsAPeek() {
        var session = TriageSession(deck: deck, startedAt: time(0))
        session.sort(.productive, at: time(1))
        #expect(session.agreement == TriageAgreement(agreed: 0, judged: 1, peeked: 0))
        session.undo()
        #expect(session.agreement == TriageAgreement(agreed: 0, judged: 0, peeked: 0))
        session.sort(.advances, at: time(2))
        #expect(session.agreement == TriageAgreement(agreed: 0, judged: 0, peeked: 1))
        session.undo()
        session.redo()
        #expect(session.agreement == TriageAgreement(agreed: 0, judged: 0, peeked: 1))
    }

    @Test func hiddenAnswersRefuseRevealsGiveNoFeedbackAndUndoIsNoPeek() {
        var session = TriageSession(deck: deck, startedAt: time(0))
        session.showsFeedback = false
        let revealed = session.reveal(at: time(1))
        #expect(!revealed)
        #expect(session.records[0].reveals == 0)
        session.sort(.productive, at: time(2))
        #expect(session.lastFeedback == nil)
        #expect(session.feedback(at: 0) == nil)
        session.undo()
        session.sort(.advances, at: time(3))
        #expect(!session.records[0].peeked)
        #expect(session.agreement == TriageAgreement(agreed: 1, judged: 1, peeked: 0))
    }

    @Test func notesAreOneCleanLineKeptThroughUndoAndBlankRemovesThem() {
        var session = TriageSession(deck: deck, startedAt: time(0))
        session.setNote("  It unblocks\nthe\tteam \u{1B}[31m ", at: 1)
        #expect(session.note(at: 1) == "It unblocks the team")
        session.sort(.advances, at: time(1))
        session.undo()
        #expect(session.note(at: 1) == "It unblocks the team")
        session.setNote(String(repeating: "x", count: 500), at: 0)
        #expect(session.note(at: 0)?.count == TriageSession.maximumNoteLength)
        #expect(session.notes.map(\.card.id) == ["a", "p"])
        session.setNote("   ", at: 0)
        #expect(session.note(at: 0) == nil)
        session.setNote("out of range", at: 99)
        #expect(session.notes.count == 1)
    }

    @Test func peeksNotesAndTheSettingAreSavedAndOldSavesReadWithout() throws {
        var session = TriageSession(deck: deck, startedAt: time(0))
        session.reveal(at: time(1))
        session.sort(.advances, at: time(2))
        session.setNote("Named the gap", at: 0)
        session.showsFeedback = false
        let restored = try #require(try TriageSession.restore(from: session.encoded(), deck: deck))
        #expect(restored == session)
        #expect(restored.agreement?.peeked == 1)
        var object = try #require(
            try JSONSerialization.jsonObject(with: session.encoded()) as? [String: Any])
        object["showsFeedback"] = nil
        object["records"] = (object["records"] as? [[String: Any]])?.map {
            $0.filter { $0.key != "note" && $0.key != "peeked" }
        }
        let old = try JSONSerialization.data(withJSONObject: object)
        let fromOld = try #require(try TriageSession.restore(from: old, deck: deck))
        #expect(fromOld.showsFeedback)
        #expect(fromOld.note(at: 0) == nil)
        #expect(fromOld.agreement == TriageAgreement(agreed: 1, judged: 1, peeked: 0))
    }

    @Test func exportsCarryNotesAndPeeks() throws {
        var session = TriageSession(deck: deck, startedAt: time(0))
        session.reveal(at: time(1))
        session.sort(.advances, at: time(2))
        session.setNote("Named the *gap*", at: 0)
        let markdown = TriageExport.markdown(session: session, generatedAt: time(3))
        #expect(markdown.contains("- Agreement with the lesson: 0 of 0 (0%); 1 peeked at first, left out"))
        #expect(markdown.contains("lesson: advances you (peeked)"))
        #expect(
            markdown.contains(
                "## Your notes (1)\n\n- **Ask what the next level looks like** (advances you): Named the \\*gap\\*"
            ))
        let json = String(decoding: TriageExport.json(session: session, generatedAt: time(3)), as: UTF8.self)
        #expect(json.contains(#""note" : "Named the *gap*""#))
        #expect(json.contains(#""peeked" : true"#))
        #expect(json.contains(#""peeked" : 1"#))
    }

    @Test func firstSentenceStopsAtASentenceEnd() {
        #expect(TriageFeedback.firstSentence("One. Two.") == "One.")
        #expect(TriageFeedback.firstSentence("Use e.g. this. Then") == "Use e.g. this.")
        #expect(TriageFeedback.firstSentence("No end") == "No end")
        #expect(TriageFeedback.firstSentence("Why? Because.") == "Why?")
    }
}
