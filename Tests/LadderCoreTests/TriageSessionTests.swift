import Foundation
import LadderCore
import Testing

@Suite struct TriageSessionTests {
    private let time = DeckTestSupport.time

    /// Four cards: 1 and 3 advance you, 2 and 4 feel productive.
    private func session() -> TriageSession {
        TriageSession(deck: DeckTestSupport.deck(4), startedAt: time(0))
    }

    @Test func startsAtTheFirstCard() {
        let session = session()
        #expect(session.current?.id == "card-1")
        #expect(session.progress == (0, 4))
        #expect(!session.isFinished)
        #expect(!session.canUndo)
        #expect(!session.canRedo)
        #expect(session.agreement == TriageAgreement(agreed: 0, judged: 0))
    }

    @Test func sortSkipRevealAndFinishWithExactRecords() throws {
        var session = session()
        session.sort(.advances, at: time(5))
        #expect(session.current?.id == "card-2")
        session.skip(at: time(8))
        #expect(session.current?.id == "card-3")
        #expect(session.unsorted.map(\.id) == ["card-3", "card-4", "card-2"])
        session.reveal(at: time(9))
        session.reveal(at: time(10))
        #expect(session.isCurrentRevealed)
        session.sort(.productive, at: time(12))
        session.sort(.productive, at: time(20))
        #expect(session.current?.id == "card-2")
        #expect(!session.isCurrentRevealed)
        session.sort(.productive, at: time(26))
        #expect(session.isFinished)
        #expect(session.current == nil)
        #expect(session.progress == (4, 4))
        #expect(session.pile(.advances).map(\.id) == ["card-1"])
        #expect(session.pile(.productive).map(\.id) == ["card-3", "card-4", "card-2"])

        let first = try #require(session.record(for: "card-1"))
        #expect(first.placed == .advances)
        #expect(first.timeTaken == 5)
        let second = try #require(session.record(for: "card-2"))
        #expect(second.skips == 1)
        #expect(second.timeTaken == 6)
        let third = try #require(session.record(for: "card-3"))
        #expect(third.reveals == 2)
        #expect(third.firstRevealedAt == time(9))
        #expect(third.timeTaken == 4)
        #expect(session.record(for: "card-4")?.timeTaken == 8)
        #expect(session.record(for: "nope") == nil)

        // card-3 was revealed before it was sorted: a peek, left out of agreement.
        #expect(session.agreement == TriageAgreement(agreed: 3, judged: 3, peeked: 1))
        #expect(session.agreement?.percent == 100)
        #expect(session.disagreements.map(\.id) == ["card-3"])
        #expect(session.agrees(at: 2) == false)
        #expect(session.agrees(at: 0) == true)

        let finished = session
        session.sort(.advances, at: time(30))
        session.skip(at: time(31))
        session.reveal(at: time(32))
        #expect(session == finished)
    }

    @Test func undoAndRedoRestoreEverythingButCountUndos() throws {
        var session = session()
        let nothingToUndo = session.undo()
        #expect(!nothingToUndo)
        session.sort(.advances, at: time(5))
        session.skip(at: time(8))
        session.sort(.productive, at: time(12))
        let afterThree = session

        let undidSort = session.undo()
        #expect(undidSort)
        #expect(session.current?.id == "card-3")
        #expect(session.shownAt == time(8))
        #expect(session.record(for: "card-3")?.undos == 1)
        #expect(session.record(for: "card-3")?.placed == nil)
        let undidSkip = session.undo()
        #expect(undidSkip)
        #expect(session.current?.id == "card-2")
        #expect(session.unsorted.map(\.id) == ["card-2", "card-3", "card-4"])
        #expect(session.record(for: "card-2")?.skips == 0)
        let undidFirst = session.undo()
        #expect(undidFirst)
        #expect(session.current?.id == "card-1")
        #expect(session.shownAt == time(0))
        #expect(session.progress == (0, 4))
        let nothingLeft = session.undo()
        #expect(!nothingLeft)
        #expect(session.canRedo)

        for _ in 0..<3 {
            let redone = session.redo()
            #expect(redone)
        }
        let nothingToRedo = session.redo()
        #expect(!nothingToRedo)
        #expect(session.pile(.productive).map(\.id) == ["card-3"])
        #expect(session.record(for: "card-3")?.timeTaken == 4)
        #expect(session.unsorted.map(\.id) == ["card-4", "card-2"])
        #expect(session.shownAt == afterThree.shownAt)
        #expect(session.records.map(\.undos) == [1, 1, 1, 0])
        #expect(session.records.map(\.placed) == afterThree.records.map(\.placed))
        #expect(session.records.map(\.timeTaken) == afterThree.records.map(\.timeTaken))
    }

    @Test func aNewDecisionClearsRedo() {
        var session = session()
        session.sort(.advances, at: time(1))
        session.sort(.advances, at: time(2))
        session.undo()
        #expect(session.canRedo)
        session.sort(.productive, at: time(9))
        #expect(!session.canRedo)
        #expect(session.pile(.productive).map(\.id) == ["card-2"])
        #expect(session.record(for: "card-2")?.timeTaken == 8)
        #expect(session.record(for: "card-2")?.undos == 1)
    }

    @Test func skippingTheLastCardKeepsItUp() {
        var session = TriageSession(deck: DeckTestSupport.deck(1), startedAt: time(0))
        session.skip(at: time(3))
        #expect(session.current?.id == "card-1")
        #expect(session.shownAt == time(3))
        session.sort(.advances, at: time(5))
        #expect(session.record(for: "card-1")?.timeTaken == 2)
        session.undo()
        session.undo()
        #expect(session.shownAt == time(0))
        #expect(session.unsorted.map(\.id) == ["card-1"])
    }

    @Test func backlogWithoutVerdictsHasNoAgreement() {
        var session = TriageSession(deck: DeckTestSupport.deck(3, verdicts: false), startedAt: time(0))
        session.sort(.productive, at: time(1))
        #expect(session.agreement == nil)
        #expect(session.disagreements.isEmpty)
        #expect(session.agrees(at: 0) == nil)
    }

    @Test func emptyDeckIsFinishedAtOnce() {
        var session = TriageSession(deck: Deck(title: "Empty", cards: []), startedAt: time(0))
        #expect(session.isFinished)
        session.sort(.advances, at: time(1))
        #expect(session.progress == (0, 0))
        #expect(!session.canUndo)
    }

    @Test func negativeTimeIsClampedAndMarkShownRestartsTheClock() {
        var session = session()
        session.sort(.advances, at: time(-10))
        #expect(session.record(for: "card-1")?.timeTaken == 0)
        session.markShown(at: time(100))
        session.sort(.advances, at: time(104))
        #expect(session.record(for: "card-2")?.timeTaken == 4)
    }

    @Test func tenThousandCardsSortAndUndoAllTheWay() {
        let deck = DeckTestSupport.deck(10_000)
        var session = TriageSession(deck: deck, startedAt: time(0))
        for step in 0..<10_000 {
            if step % 3 == 0 { session.skip(at: time(Double(step))) }
            session.sort(step % 2 == 0 ? .advances : .productive, at: time(Double(step) + 0.5))
        }
        #expect(session.isFinished)
        #expect(session.progress == (10_000, 10_000))
        while session.undo() {}
        #expect(session.progress == (0, 10_000))
        #expect(session.unsorted.map(\.id) == deck.cards.map(\.id))
        #expect(session.agreement == TriageAgreement(agreed: 0, judged: 0))
    }
}
