import Foundation
import LadderCore
import LadderUI
import Testing

@Suite struct TriageScoreTests {
    typealias F = TriageFixtures

    @Test func gaugesMoveOnASortAndReturnExactlyOnUndo() throws {
        var app = F.app(F.smallDeck)
        let before = try #require(app.triage?.score)
        #expect(before == .neutral)
        F.press([.right], on: &app)
        let after = try #require(app.triage)
        #expect(after.score != before)
        #expect(after.previousScore == before)
        #expect(after.score.value(.problem) == 62.5, "one card moves a gauge by 12.5 at most")
        #expect(after.score.agreement == LessonAgreement(agreed: 1, judged: 1))
        #expect(after.marked == .problem)
        F.press([.character("u")], on: &app)
        let undone = try #require(app.triage)
        #expect(undone.score == before)
        #expect(undone.tally == ScorecardTally())
        #expect(undone.previousScore == after.score)
        #expect(undone.marked == .problem)
    }

    @Test func theLiveScoreIsWhatTheFormulaGivesAfterAnyMoves() {
        var app = F.app(F.largeDeck(60))
        app.scorecard.assessment.rate(1, 3)
        app.scorecard.assessment.rate(2, 1)
        let keys: [KeyEvent] = [
            .left, .right, .character("s"), .character("u"), .control("r"), .right, .left,
        ]
        for step in 0..<140 {
            F.press([keys[(step * 7 + step / 5) % keys.count]], on: &app)
            guard let triage = app.triage else { break }
            let expected = Scorecard.compute(
                decisions: triage.session.scoredDecisions, assessment: app.scorecard.assessment)
            #expect(triage.score == expected)
        }
    }

    @Test func tallyMatchesTheFormulaOnTheBundledDeck() {
        var session = TriageSession(deck: BundledDeck.deck, startedAt: F.start)
        for (number, _) in BundledDeck.deck.cards.enumerated() {
            session.sort(number % 3 == 0 ? .productive : .advances, at: F.start)
        }
        let assessment = SelfAssessment(answers: [1: 4, 3: 2, 5: 0])
        let expected = Scorecard.compute(decisions: session.scoredDecisions, assessment: assessment)
        #expect(session.scorecardTally.result(assessment: assessment) == expected)
        #expect(TriageState(session: session, assessment: assessment).score == expected)
    }

    @Test func aNewAssessmentIsScoredWithoutWalkingTheDeck() throws {
        var app = F.app(F.smallDeck)
        F.press([.right], on: &app)
        app.scorecard.assessment.rate(1, 4)
        let triage = try #require(app.triage)
        let scores = triage.scores(for: app.scorecard.assessment)
        #expect(
            scores.now
                == Scorecard.compute(
                    decisions: triage.session.scoredDecisions, assessment: app.scorecard.assessment))
        #expect(scores.now.value(.team) != triage.score.value(.team))
        F.press([.left], on: &app)
        #expect(app.triage?.scoredAssessment == app.scorecard.assessment)
    }

    @Test func theMarkedGaugeShowsForAMomentAndTicksClearIt() throws {
        var app = F.app(F.smallDeck, size: Size(width: 140, height: 45))
        app.apply(.triage(.cardSorted(.advances)))
        let triage = try #require(app.triage)
        #expect(triage.marked == .problem)
        #expect(triage.markedUntil == app.now.addingTimeInterval(TriageState.markDuration))
        #expect(triage.visibleMark(at: app.now) == .problem)
        #expect(triage.needsTicks(at: app.now))
        #expect(AppView.render(app).plainText.contains("▸Problem"))
        app.apply(.ticked(app.now.addingTimeInterval(0.2)))
        #expect(AppView.render(app).plainText.contains("▸Problem"))
        app.apply(.ticked(app.now.addingTimeInterval(TriageState.markDuration)))
        #expect(app.triage?.visibleMark(at: app.now) == nil)
        #expect(app.triage?.needsTicks(at: app.now) == false)
        #expect(!AppView.render(app).plainText.contains("▸Problem"))
        var expired = try #require(app.triage)
        expired.expireMark(at: app.now)
        #expect(expired.marked == nil)
        #expect(expired.markedUntil == nil)
        app.apply(.triage(.cardSkipped))
        #expect(app.triage?.marked == nil)
    }

    @Test func changesShowAgainstTheScoreBeforeTheLastMove() throws {
        var app = F.app(F.smallDeck, size: Size(width: 140, height: 45))
        let fresh = AppView.render(app).plainText
        #expect(fresh.contains("sort a card to move the gauges"))
        // Three answers measure Team at 50; the third card (team +2) moves it to 62.5.
        app.scorecard.assessment = SelfAssessment(answers: [1: 2, 13: 2, 10: 2])
        F.press([.right, .left], on: &app)
        #expect(!AppView.render(app).plainText.contains("▲1"))
        F.press([.right], on: &app)
        let text = AppView.render(app).plainText
        #expect(text.contains("▲13"))
        #expect(text.contains("▲▼ since your last move"))
    }

    @Test func tenThousandCardsStayInstant() throws {
        var app = F.app(F.largeDeck(10_000), size: Size(width: 140, height: 45))
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for step in 0..<200 {
                let key: KeyEvent = [.left, .right, .character("u"), .character(" "), .right][step % 5]
                F.press([key], on: &app)
                _ = AppView.render(app)
            }
        }
        #expect(app.triage?.session.progress.sorted ?? 0 > 50)
        #expect(elapsed < .seconds(10), "200 keys took \(elapsed)")
    }
}
