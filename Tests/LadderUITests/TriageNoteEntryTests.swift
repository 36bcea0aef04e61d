import Foundation
import LadderCore
import LadderUI
import Testing

private typealias F = TriageFixtures

/// The line of feedback after a sort, and the note that defends a call.
@Suite struct TriageNoteEntryTests {
    @Test func aSortShowsFeedbackWithTheReasonAndChapter() {
        var app = F.app(F.smallDeck, size: Size(width: 120, height: 30))
        F.press([.left], on: &app)
        let rows = AppView.render(app).plainText.components(separatedBy: "\n")
        let feedback = rows[1...2].map { $0.prefix(64).trimmingCharacters(in: .whitespaces) }
        #expect(
            feedback.joined(separator: " ")
                == "✗ The lesson says ▲ advances you. Undefined ground is where scope grows. · chapter 2")
        F.press([.left], on: &app)
        #expect(AppView.render(app).plainText.contains("✓ You agree with the lesson: ○ feels productive."))
    }

    @Test func hiddenAnswersShowNoFeedbackAndRefuseTheReveal() {
        var app = F.app(F.smallDeck, size: Size(width: 120, height: 30))
        app.triage?.session.showsFeedback = false
        F.press([.enter], on: &app)
        #expect(app.triage?.isRevealed == false)
        F.press([.left], on: &app)
        let text = AppView.render(app).plainText
        #expect(!text.contains("The lesson says"))
        #expect(!text.contains("You agree"))
    }

    @Test func noteIsTypedPastedErasedAndKeptOnTheCardJustSorted() throws {
        var app = F.app(F.smallDeck)
        F.press([.right, .character("n")], on: &app)
        #expect(app.entry?.target == .note(card: 0))
        F.press([.character("O"), .character("w"), .character("n"), .character("s")], on: &app)
        F.press([.paste(" the\ngap"), .backspace], on: &app)
        #expect(app.entry?.text == "Owns the ga")
        let bar = AppView.render(app).plainText.split(separator: "\n").last.map(String.init) ?? ""
        #expect(bar.hasPrefix("Defend your call on “Frame the retention"))
        #expect(bar.hasSuffix("Owns the ga"))
        F.press([.character("q"), .enter], on: &app)
        #expect(app.entry == nil)
        #expect(!app.isQuitting, "q was typed, not a command")
        #expect(app.triage?.session.note(at: 0) == "Owns the gaq")
        #expect(app.effects.contains(.triageChanged))
    }

    @Test func escapeCancelsAndControlUStartsAgain() {
        var app = F.app(F.smallDeck)
        F.press([.character("n")], on: &app)
        #expect(app.entry?.target == .note(card: 0), "before any sort the note is on the card up")
        F.press([.character("x"), .control("u"), .character("y"), .escape], on: &app)
        #expect(app.entry == nil)
        #expect(app.triage?.session.note(at: 0) == nil)
        #expect(app.screen == .triage, "Esc closed the note, not the screen")
        F.press([.character("n"), .character("z"), .control("u"), .enter], on: &app)
        #expect(app.triage?.session.note(at: 0) == nil)
    }

    @Test func notesShowOnTheSummaryOfARealBacklog() {
        var app = F.app(F.backlog, size: Size(width: 100, height: 40))
        F.press([.right, .character("n")], on: &app)
        F.press([.paste("Moves revenue"), .enter, .left, .left], on: &app)
        let text = AppView.render(app).plainText
        #expect(text.contains("The cards on each side (3)"))
        #expect(text.contains("Your note: Moves revenue"))
    }
}
