import Foundation
import LadderCore
import LadderUI
import Testing

private typealias F = TriageFixtures

/// A note can go on any card: ↑ and ↓ in the note move it between the
/// sorted cards (in the order they were sorted) and the card up now, and on
/// the summary `n` writes on the chosen (›) card.
@Suite struct TriageNoteAnyCardTests {
    @Test func sortedOrderFollowsTheSortsNotTheDeck() {
        var session = TriageSession(deck: F.smallDeck, startedAt: F.start)
        session.skip(at: F.start)
        session.sort(.productive, at: F.start)
        session.sort(.advances, at: F.start)
        #expect(session.sortedOrder == [1, 2])
        #expect(session.notableOrder == [1, 2, 3])
        session.sort(.productive, at: F.start)
        session.sort(.advances, at: F.start)
        #expect(session.sortedOrder == [1, 2, 3, 0], "the skipped card counts where it was sorted")
        session.undo()
        #expect(session.notableOrder == [1, 2, 3, 0], "undone, it is the card up again")
    }

    @Test func upAndDownMoveTheNoteToAnotherCardKeepingWhatWasTyped() throws {
        var app = F.app(F.smallDeck)
        F.press([.right, .left, .right], on: &app)
        F.press([.character("n")], on: &app)
        #expect(app.entry?.target == .note(card: 2), "the card just sorted first")
        F.press([.paste("Unblocking is the job"), .up], on: &app)
        #expect(app.triage?.session.note(at: 2) == "Unblocking is the job", "kept on the way")
        #expect(app.entry?.target == .note(card: 1))
        F.press([.up], on: &app)
        #expect(app.entry?.target == .note(card: 0))
        F.press([.up], on: &app)
        #expect(app.entry?.target == .note(card: 0))
        #expect(app.flash?.text == "No card was sorted before this one")
        F.press([.paste("I framed it"), .enter], on: &app)
        #expect(app.triage?.session.note(at: 0) == "I framed it")
        F.press([.character("n"), .down, .down, .down], on: &app)
        #expect(app.entry?.target == .note(card: 3), "the card up now comes after the sorted ones")
        F.press([.down], on: &app)
        #expect(app.flash?.text == "No card comes after this one")
        F.press([.escape, .character("n"), .up], on: &app)
        #expect(app.entry?.target == .note(card: 1))
        #expect(app.entry?.text == "", "each card opens with its own note")
        F.press([.down], on: &app)
        #expect(app.entry?.text == "Unblocking is the job")
        F.press([.escape], on: &app)
        let session = try #require(app.triage?.session)
        let export = String(
            decoding: TriageExport.json(session: session, generatedAt: F.start), as: UTF8.self)
        #expect(export.contains("\"note\" : \"I framed it\""))
        #expect(export.contains("\"note\" : \"Unblocking is the job\""))
    }

    @Test func onTheSummaryNWritesOnTheChosenCard() throws {
        var app = F.app(F.smallDeck, size: Size(width: 100, height: 40))
        F.press([.left, .right, .right, .left], on: &app)
        let triage = try #require(app.triage)
        #expect(triage.session.isFinished)
        #expect(triage.disagreements == [0, 1])
        #expect(AppView.render(app).plainText.contains("› ○ Frame the retention problem nobody owns"))
        F.press([.character("j")], on: &app)
        #expect(app.triage?.chosenSummaryCard == 1)
        #expect(AppView.render(app).plainText.contains("› ▲ Answer every request within the hour"))
        F.press([.character("n"), .paste("Speed is my brand"), .enter], on: &app)
        #expect(app.triage?.session.note(at: 1) == "Speed is my brand")
        #expect(AppView.render(app).plainText.contains("Your note: Speed is my brand"))
        F.press([.character("n"), .up, .up, .paste("Agreed, and noted"), .enter], on: &app)
        #expect(app.triage?.session.note(at: 2) == nil)
        #expect(
            app.triage?.session.note(at: 0) == "Agreed, and noted", "↑ from the chosen card, in sort order")
    }
}
