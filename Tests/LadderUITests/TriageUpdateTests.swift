import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

@Suite struct TriageUpdateTests {
    typealias F = TriageFixtures

    @Test func arrowsAndVimKeysSortAndTheNextCardComesAtOnce() throws {
        var app = F.app(F.smallDeck)
        F.press([.right], on: &app)
        F.press([.character("h")], on: &app)
        let triage = try #require(app.triage)
        #expect(triage.session.pile(.advances).map(\.id) == ["a"])
        #expect(triage.session.pile(.productive).map(\.id) == ["b"])
        #expect(triage.session.current?.id == "c")
        #expect(triage.session.progress == (2, 4))
        #expect(app.effects == [.triageChanged, .triageChanged])
        F.press([.left, .character("l")], on: &app)
        #expect(app.triage?.session.pile(.productive).map(\.id) == ["b", "c"])
        #expect(app.triage?.session.pile(.advances).map(\.id) == ["a", "d"])
    }

    @Test func skipSendsTheCardToTheBack() {
        var app = F.app(F.smallDeck)
        F.press([.character("s")], on: &app)
        #expect(app.triage?.session.current?.id == "b")
        #expect(app.triage?.session.unsorted.map(\.id) == ["b", "c", "d", "a"])
        #expect(app.flash?.text == "Skipped: it comes back at the end")
        #expect(app.effects == [.triageChanged])
        #expect(app.triage?.session.progress.sorted == 0)
    }

    @Test func revealShowsAndHidesAndCountsOncePerShowing() throws {
        var app = F.app(F.smallDeck)
        F.press([.character(" ")], on: &app)
        #expect(app.triage?.isRevealed == true)
        F.press([.character(" ")], on: &app)
        #expect(app.triage?.isRevealed == false)
        F.press([.enter], on: &app)
        #expect(app.triage?.isRevealed == true)
        let record = try #require(app.triage?.session.record(for: "a"))
        #expect(record.reveals == 2)
        #expect(record.firstRevealedAt == F.start.addingTimeInterval(1))
        let text = AppView.render(app).plainText
        #expect(text.contains("Lesson: ▲ advances you"))
        #expect(text.contains("Undefined ground is where scope"))
        #expect(text.contains("Chapter 2 · What the Ladder"))
        F.press([.left], on: &app)
        #expect(app.triage?.isRevealed == false)
    }

    @Test func readKeyOpensTheChapterBehindARevealedCard() {
        var app = F.app(F.smallDeck)
        #expect(Keymap.action(for: .character("r"), in: app) == nil)
        F.press([.enter], on: &app)
        #expect(Keymap.action(for: .character("r"), in: app) == .chapterOpened(1))
        F.press([.character("r")], on: &app)
        #expect(app.screen == .reader)
        #expect(app.reader.chapter == 1)
    }

    @Test func readKeyFallsBackToTheNotesWhenTheModuleLacksTheChapter() throws {
        var app = F.app(F.smallDeck, module: SampleModule.module)
        F.press([.right, .enter], on: &app)
        #expect(app.triage?.session.current?.chapter == "promoted")
        let noted = try #require(BundledModule.module.chapters.firstIndex { $0.id == "promoted" })
        #expect(Keymap.action(for: .character("r"), in: app) == .notesChapterOpened(noted))
        let text = AppView.render(app).plainText
        #expect(text.contains("In the built-in notes: What Gets"))
        #expect(text.contains("read it now"))
        let place = app.reader.chapter
        F.press([.character("r")], on: &app)
        #expect(app.screen == .reader)
        #expect(app.reader.notesChapter == noted)
        #expect(app.reader.chapter == place, "the lesson's own place is kept")
        let title = BundledModule.module.chapters[noted].title
        #expect(app.flash?.text == "This lesson has no “\(title)”: showing the built-in notes' chapter")
        let reading = AppView.render(app).plainText
        #expect(reading.contains(title))
        #expect(reading.contains("notes · "))
        #expect(app.progress.unit == 0, "a notes chapter is no place in this lesson")
        F.press([.character("]")], on: &app)
        #expect(app.reader.notesChapter == noted, "] does not wander into the lesson")
        F.press([.escape], on: &app)
        #expect(app.screen == .triage)
        #expect(app.reader.notesChapter == nil)
        #expect(app.triage?.session.current?.chapter == "promoted")
    }

    @Test func undoAndRedoWalkTheWholeHistory() throws {
        var app = F.app(F.smallDeck)
        F.press([.right, .left, .character("s"), .right], on: &app)
        let sorted = try #require(app.triage)
        F.press(.character("u"), times: 4, on: &app)
        #expect(app.triage?.session.current?.id == "a")
        #expect(app.triage?.session.progress.sorted == 0)
        #expect(app.triage?.score == ScorecardResult.neutral)
        F.press([.character("u")], on: &app)
        #expect(app.flash?.text == "Nothing to undo")
        F.press(.control("r"), times: 4, on: &app)
        let redone = try #require(app.triage)
        #expect(redone.session.pileIndices(.advances) == sorted.session.pileIndices(.advances))
        #expect(redone.session.pileIndices(.productive) == sorted.session.pileIndices(.productive))
        #expect(redone.session.current?.id == sorted.session.current?.id)
        // Undo showed each call's feedback, so the calls made again are
        // peeks: the profile is the same, agreement leaves them out.
        #expect(
            redone.score.readings.filter { $0.gauge != .judgement }
                == sorted.score.readings.filter { $0.gauge != .judgement })
        #expect(redone.score.agreement.peeked == redone.session.agreement?.peeked)
        #expect(
            redone.score
                == ScorecardInputs.result(session: redone.session, assessment: app.scorecard.assessment))
        F.press([.control("r")], on: &app)
        #expect(app.flash?.text == "Nothing to redo")
    }

    @Test func aNewSortAfterUndoDropsTheRedo() {
        var app = F.app(F.smallDeck)
        F.press([.right, .character("u"), .left], on: &app)
        #expect(app.triage?.session.canRedo == false)
        #expect(app.triage?.session.pile(.productive).map(\.id) == ["a"])
    }

    @Test func undoHasNoLimit() {
        var app = F.app(F.largeDeck(300))
        F.press(.right, times: 250, on: &app)
        #expect(app.triage?.session.progress.sorted == 250)
        F.press(.character("u"), times: 250, on: &app)
        #expect(app.triage?.session.progress.sorted == 0)
        #expect(app.triage?.session.current?.id == "card-0")
        #expect(app.triage?.tally == ScorecardTally())
    }

    @Test func finishingShowsTheSummaryAndAsksForTheScorecardToBeKept() throws {
        var app = F.app(F.smallDeck)
        F.press([.right, .left, .right, .left], on: &app)
        let triage = try #require(app.triage)
        #expect(triage.session.isFinished)
        #expect(app.effects.last == .triageFinished)
        #expect(triage.disagreements.isEmpty)
        #expect(Keymap.action(for: .left, in: app) == nil)
        #expect(Keymap.action(for: .character(" "), in: app) == .triage(.summaryScrolled(5)))
        let text = AppView.render(app).plainText
        #expect(text.contains("Every card is sorted"))
        #expect(text.contains("4/4 sorted ✓"))
        #expect(text.contains("You agreed with the lesson on 4 of 4 cards: 100%"))
        #expect(text.contains("You and the lesson agreed on every card."))
    }

    @Test func exportIsAnEffectMidDeckAndOnTheSummary() {
        var app = F.app(F.smallDeck)
        F.press([.character("e")], on: &app)
        #expect(app.effects == [.triageExportRequested])
        F.press([.right, .left, .right, .left, .character("e")], on: &app)
        #expect(app.effects.last == .triageExportRequested)
    }

    @Test func undoOnTheSummaryGoesBackToSorting() {
        var app = F.app(F.smallDeck)
        F.press([.right, .left, .right, .right], on: &app)
        #expect(app.triage?.disagreements == [3])
        F.press([.character("u")], on: &app)
        #expect(app.triage?.session.isFinished == false)
        #expect(app.triage?.session.current?.id == "d")
        #expect(app.triage?.disagreements == [])
        #expect(AppView.render(app).plainText.contains("Polish the status deck"))
    }

    @Test func agreementCountsAndDisagreementsWithReasons() throws {
        var app = F.app(F.smallDeck)
        F.press([.left, .left, .right, .right], on: &app)
        let triage = try #require(app.triage)
        #expect(triage.session.agreement == TriageAgreement(agreed: 2, judged: 4))
        #expect(triage.disagreements == [0, 3])
        #expect(triage.summaryCount == 2)
        let text = AppView.render(app).plainText
        #expect(text.contains("You agreed with the lesson on 2 of 4 cards: 50%"))
        #expect(text.contains("Where you and the lesson differ (2)"))
        #expect(text.contains("○ Frame the retention problem nobody owns"))
        #expect(text.contains("Lesson: ▲ advances you. Undefined ground is where scope grows."))
        #expect(text.contains("Polish is not progress."))
    }

    @Test func summaryScrollsWithinItsList() {
        var app = F.app(F.largeDeck(40), size: Size(width: 80, height: 24))
        F.press(.left, times: 40, on: &app)
        #expect(app.triage?.summaryCount == 20)
        F.press([.character("j"), .character("j"), .down], on: &app)
        #expect(app.triage?.summaryTop == 3)
        #expect(AppView.render(app).plainText.contains("Backlog item number 6"))
        F.press([.character("k")], on: &app)
        #expect(app.triage?.summaryTop == 2)
        F.press([.end], on: &app)
        #expect(app.triage?.summaryTop == 19)
        F.press([.home], on: &app)
        #expect(app.triage?.summaryTop == 0)
        F.press([.pageDown], on: &app)
        #expect(app.triage?.summaryTop == 5)
    }

    @Test func realBacklogSummaryListsTheCandidatesNotToBuild() throws {
        var app = F.app(F.backlog)
        F.press([.enter], on: &app)
        let revealed = AppView.render(app).plainText
        #expect(revealed.contains("No lesson verdict"))
        #expect(revealed.contains("Asked for by three customers."))
        F.press([.left, .right, .left], on: &app)
        let triage = try #require(app.triage)
        #expect(triage.session.agreement == nil)
        #expect(triage.summaryCount == 3)
        let text = AppView.render(app).plainText
        #expect(text.contains("Your split, with no lesson verdicts to compare:"))
        #expect(text.contains("○ feels productive 2 (67%)   ▲ advances you 1 (33%)"))
        #expect(text.contains("The cards on each side (3)"))
        let advances = try #require(text.range(of: "▲ Pricing experiment"))
        let dark = try #require(text.range(of: "○ Dark mode"))
        #expect(advances.lowerBound < dark.lowerBound, "the side that advances you comes first")
        #expect(text.contains("○ Refactor the settings page"))
    }

    @Test func gaugesKeyTogglesTheOverlayOnlyOnNarrowTerminals() {
        var app = F.app(F.smallDeck)
        F.press([.character("v")], on: &app)
        #expect(app.triage?.showsGauges == true)
        #expect(AppView.render(app).overlays.count == 1)
        F.press([.escape], on: &app)
        #expect(app.triage?.showsGauges == false)
        #expect(AppView.render(app).overlays.isEmpty)
        let wide = F.app(F.smallDeck, size: Size(width: 140, height: 45))
        #expect(Keymap.action(for: .character("v"), in: wide) == nil)
    }
}
