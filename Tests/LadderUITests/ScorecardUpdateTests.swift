import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

@Suite struct ScorecardUpdateTests {
    typealias F = ScorecardFixtures

    func press(_ keys: [KeyEvent], on state: inout AppState) {
        for key in keys {
            if let action = Keymap.action(for: key, in: state) { state.apply(action) }
        }
    }

    @Test func ratingAStatementSavesMovesItsGaugesAndMarksTheBiggestMover() {
        var app = F.app()
        #expect(app.scorecardResult == .neutral)
        app.apply(.scorecard(.statementRated(id: 1, value: 4)))
        #expect(app.scorecard.assessment.rating(for: 1) == 4)
        #expect(app.effects == [.assessmentChanged])
        // Statement 1 feeds Team ×2: (2 + 1) / (2 + 2) = 75 for the answer half.
        #expect(app.scorecardResult.value(.team) == 62.5)
        #expect(app.scorecardResult.value(.problem) == 50)
        #expect(app.scorecardResult.reading(.team).band == nil, "one answer is not enough for a score")
        #expect(app.scorecard.marked == .team)
        #expect(app.scorecard.markedUntil == F.start.addingTimeInterval(ScorecardState.markDuration))
        #expect(app.scorecard.markedGauge(at: app.now) == .team)
        app.apply(.ticked(F.start.addingTimeInterval(ScorecardState.markDuration)))
        #expect(app.scorecard.markedGauge(at: app.now) == nil)
    }

    @Test func ratingTheSameValueAgainChangesNothing() {
        var app = F.app()
        app.apply(.scorecard(.statementRated(id: 4, value: 2)))
        app.effects.removeAll()
        let before = app
        app.apply(.scorecard(.statementRated(id: 4, value: 2)))
        #expect(app.effects.isEmpty)
        #expect(app == before)
    }

    @Test func ratingsAreClampedAndSelectTheStatementRated() {
        var app = F.app()
        app.apply(.scorecard(.statementRated(id: 3, value: 9)))
        #expect(app.scorecard.assessment.rating(for: 3) == 4)
        #expect(app.scorecard.selected == F.index(of: 3))
        app.apply(.scorecard(.statementRated(id: 3, value: -5)))
        #expect(app.scorecard.assessment.rating(for: 3) == 0)
        app.apply(.scorecard(.statementRated(id: 99, value: 2)))
        #expect(app.scorecard.assessment.answeredCount == 1)
    }

    @Test func arrowsStartAtTheMiddleThenStepAndStopAtTheEnds() {
        var app = F.app()
        press([.right], on: &app)
        #expect(app.scorecard.assessment.rating(for: F.id(at: 0)) == 2)
        press([.right, .character("l"), .right], on: &app)
        #expect(app.scorecard.assessment.rating(for: F.id(at: 0)) == 4)
        #expect(app.effects.count == 3)
        press([.down, .left], on: &app)
        #expect(app.scorecard.assessment.rating(for: F.id(at: 1)) == 2)
        press([.character("h"), .left, .left, .left], on: &app)
        #expect(app.scorecard.assessment.rating(for: F.id(at: 1)) == 0)
        #expect(app.effects.count == 6)
    }

    @Test func selectionMovesAndClamps() {
        var app = F.app()
        press([.up, .character("k")], on: &app)
        #expect(app.scorecard.selected == 0)
        press([.down, .character("j"), .wheelDown], on: &app)
        #expect(app.scorecard.selected == 3)
        press([.character("G")], on: &app)
        #expect(app.scorecard.selected == AssessmentStatement.all.count - 1)
        press([.down], on: &app)
        #expect(app.scorecard.selected == AssessmentStatement.all.count - 1)
        press([.home], on: &app)
        #expect(app.scorecard.selected == 0)
        app.apply(.scorecard(.statementMoved(-40)))
        #expect(app.scorecard.selected == 0)
        #expect(app.effects.isEmpty)
    }

    @Test func digitsRateTheChosenStatementAndTabSwitchesScreens() {
        var app = F.app()
        press([.down, .character("4")], on: &app)
        #expect(app.scorecard.assessment.rating(for: F.id(at: 1)) == 4)
        press([.character("0")], on: &app)
        #expect(app.scorecard.assessment.rating(for: F.id(at: 1)) == 0)
        press([.character("7"), .character("9")], on: &app)
        #expect(app.scorecard.assessment.rating(for: F.id(at: 1)) == 0)
        press([.tab], on: &app)
        #expect(app.scorecard.assessment.rating(for: F.id(at: 1)) == 0)
        #expect(app.screen == .home)
    }

    @Test func nFindsTheNextStatementWithoutAnAnswer() {
        var app = F.app()
        app.scorecard.assessment = SelfAssessment(answers: [F.id(at: 1): 1, F.id(at: 2): 1, F.id(at: 4): 0])
        press([.character("n")], on: &app)
        #expect(app.scorecard.selected == 3)
        app.scorecard.assessment = SelfAssessment(
            answers: Dictionary(uniqueKeysWithValues: AssessmentStatement.all.map { ($0.id, 2) }))
        press([.character("n")], on: &app)
        #expect(app.scorecard.selected == 3)
        #expect(app.flash?.text == "Every statement has an answer")
    }

    @Test func clearingTakesTheAnswerBack() {
        var app = F.app()
        press([.character("x")], on: &app)
        #expect(app.effects.isEmpty)
        press([.right, .backspace], on: &app)
        #expect(app.scorecard.assessment.rating(for: F.id(at: 0)) == nil)
        #expect(app.effects == [.assessmentChanged, .assessmentChanged])
        #expect(app.scorecardResult == .neutral)
    }

    @Test func chapterKeysOpenTheReader() throws {
        var app = F.app()
        #expect(Keymap.action(for: .character("s"), in: app) == nil, "no gauge is measured yet")
        // Judgement and Scope: statements 4, 8 and 9 at 4; Problem: 7, 2 and 20 at 0.
        for id in [4, 8, 9] { app.apply(.scorecard(.statementRated(id: id, value: 4))) }
        for id in [7, 2, 20] { app.apply(.scorecard(.statementRated(id: id, value: 0))) }
        let result = app.scorecardResult
        #expect(result.strongest == .judgement)
        #expect(result.weakest == .problem)
        func opened(_ chapter: String) -> Action? {
            guard case .open(let index)? = ChapterLink.resolve(chapter, in: app.module) else { return nil }
            return .chapterOpened(index)
        }
        #expect(Keymap.action(for: .character("s"), in: app) == opened(Gauge.judgement.chapter))
        #expect(Keymap.action(for: .character("w"), in: app) == opened(Gauge.problem.chapter))
        let statement = try #require(app.scorecard.selectedStatement)
        guard case .open(let index)? = ChapterLink.resolve(statement.chapter, in: app.module) else {
            Issue.record("\(statement.chapter) is not in the open module")
            return
        }
        #expect(Keymap.action(for: .enter, in: app) == .chapterOpened(index))
        press([.enter], on: &app)
        #expect(app.screen == .reader)
        #expect(app.reader.chapter == index)
    }

    @Test func chapterKeysOpenTheNotesWhenTheModuleLacksTheChapter() throws {
        var app = F.app(module: SampleModule.module)
        let statement = try #require(app.scorecard.selectedStatement)
        guard case .notes(let noted)? = ChapterLink.resolve(statement.chapter, in: app.module) else {
            Issue.record("\(statement.chapter) should be in the notes only")
            return
        }
        #expect(Keymap.action(for: .enter, in: app) == .notesChapterOpened(noted))
        press([.enter], on: &app)
        #expect(app.screen == .reader)
        #expect(app.reader.notesChapter == noted)
        press([.escape], on: &app)
        #expect(app.screen == .scorecard)
    }

    @Test func decisionsComeFromTheSortedCardsOnly() {
        let session = F.session(sorting: [.advances, .advances])
        let decisions = ScorecardInputs.decisions(from: session)
        #expect(decisions.map(\.card.id) == ["a", "b"])
        #expect(decisions.map(\.placed) == [.advances, .advances])
        #expect(ScorecardInputs.decisions(from: nil).isEmpty)
    }

    @Test func gaugesFollowTheTriageSessionWithoutGoingStale() {
        var app = F.app()
        app.triage = TriageState(session: F.session(sorting: [.advances]))
        app.apply(.scorecard(.statementMoved(1)))
        #expect(app.scorecardResult.value(.problem) == 62.5)
        #expect(app.scorecardResult.decisionCount == 1)
        app.triage?.session.sort(.advances, at: F.start.addingTimeInterval(30))
        let expected = Scorecard.compute(
            decisions: ScorecardInputs.decisions(from: app.triage?.session),
            assessment: app.scorecard.assessment)
        #expect(app.scorecardResult == expected)
        #expect(app.scorecardResult.value(.scope) == 41.7)
        app.triage?.session.undo()
        #expect(app.scorecardResult.value(.scope) == 50)
    }

    @Test func exportIsAskedFor() {
        var app = F.app()
        press([.character("e")], on: &app)
        #expect(app.effects.contains(.scorecardExportRequested))
    }

    @Test func helpListsTheKeysAndTheFormula() {
        let lines = HelpContent.lines(in: F.app())
        #expect(lines.contains { $0.text == "How the gauges are computed" })
        let text = lines.map(\.text).joined(separator: " ")
        #expect(text.contains("Each profile gauge = ½ × cards + ½ × answers"))
        #expect(lines.allSatisfy { TextWidth.of($0.text) <= 60 })
    }
}
