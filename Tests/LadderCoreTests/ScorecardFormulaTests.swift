import LadderCore
import Testing

@Suite struct ScorecardFormulaTests {
    typealias F = ScorecardFixture

    @Test func everyGaugeIsExact() {
        let result = Scorecard.compute(decisions: F.decisions, assessment: F.answers)
        // Cards count only the chosen pile (A, B, E, F, G), |w| units each,
        // in favour when w > 0; each half is (favour + 1) / (units + 2).
        // Problem: A -1, B +2, G +1 → 3 of 4 → 66.7; answer s2 (w1, 2) → 0.5 of 1 → 50.
        // Team: B +1, F -2 → 1 of 3 → 40; s1 (w2, 3) → 1.5 of 2 → 62.5.
        // Timing: B +1, E +2 → 3 of 3 → 80; s2 (w2, 2) → 1 of 2 → 50.
        // Judgement: B (j2) and G (j1) sorted as the lesson → 3 of 3 → 80;
        //   s4 (w1, 4) + s11 (w1, 1) + s8 (w2, 2) → 2.25 of 4 → 54.2.
        // Scope: A -1, B +1 → 1 of 2 → 50; s4 (w2, 4) + s8 (w1, 2) → 2.5 of 3 → 70.
        // Output → Impact: A out, B in, E in (+2), F out (-2), G in → 3 of 5 → 57.1;
        //   s11 (w2, 1) → 0.5 of 2 → 37.5.
        // Narrative and Compounding: nothing chosen weighs on them, nothing answered.
        #expect(
            Dictionary(uniqueKeysWithValues: result.readings.map { ($0.gauge, $0.value) }) == [
                .problem: 58.3, .team: 51.3, .timing: 65.0, .judgement: 67.1, .scope: 60.0,
                .narrative: 50.0, .outputImpact: 47.3, .compounding: 50.0,
            ])
        #expect(
            result.values == [
                .problem: 58.3, .team: 51.3, .timing: 65.0, .judgement: 67.1, .scope: 60.0,
                .outputImpact: 47.3,
            ])
        #expect(result.agreement == LessonAgreement(agreed: 3, judged: 5))
        #expect(result.decisionCount == 7)
        #expect(result.answeredCount == 5)
    }

    @Test func evidenceIsCountedAndExplained() {
        let result = Scorecard.compute(decisions: F.decisions, assessment: F.answers)
        #expect(result.reading(.problem).cards == GaugeEvidence(items: 3, units: 4, favour: 3))
        #expect(result.reading(.problem).answers == GaugeEvidence(items: 1, units: 1, favour: 0.5))
        #expect(result.reading(.judgement).cards == GaugeEvidence(items: 2, units: 3, favour: 3))
        #expect(result.reading(.judgement).answers == GaugeEvidence(items: 3, units: 4, favour: 2.25))
        #expect(result.reading(.problem).evidenceText == "3 cards, 1 answer")
        #expect(result.reading(.team).evidenceText == "2 cards, 1 answer")
        #expect(result.reading(.narrative).evidenceText == "nothing yet")
        #expect(
            result.reading(.problem).explanation
                == "cards: 3 of 4 units built it, 3 chosen cards → 66.7; answers: 2.0 of 4 on 1 statement → 50.0"
        )
        #expect(
            result.reading(.judgement).explanation
                == "cards: 3 of 3 units sorted as the lesson does, 2 judgement calls → 80.0; "
                + "answers: 2.3 of 4 on 3 statements → 54.2")
        #expect(
            result.reading(.outputImpact).explanation.hasPrefix(
                "cards: 3 of 5 chosen cards are impact → 57.1"))
        #expect(result.reading(.narrative).explanation == "not enough yet (0 of 3): nothing yet, so 50")
    }

    @Test func neutralStartHasNoScoreAndNoBand() {
        let result = Scorecard.compute(decisions: [], assessment: SelfAssessment())
        #expect(result == ScorecardResult.neutral)
        for reading in result.readings {
            #expect(reading.value == 50)
            #expect(!reading.isEnough)
            #expect(reading.band == nil, "a neutral start is not a mid score")
        }
        #expect(result.values.isEmpty)
        #expect(result.strongest == nil && result.weakest == nil && result.nextMove == nil)
        #expect(result.agreement.percent == nil)
    }

    @Test func aGaugeShowsAScoreFromThreeCardsAndAnswers() {
        let builder = F.card("p", verdict: .advances, LeverageWeights(problem: 1))
        func problem(_ cards: Int, answers: [Int: Int] = [:]) -> GaugeReading {
            let decisions = (0..<cards).map { _ in ScoredDecision(card: builder, placed: .advances) }
            return Scorecard.compute(decisions: decisions, assessment: SelfAssessment(answers: answers))
                .reading(.problem)
        }
        #expect(!problem(2).isEnough)
        #expect(problem(2).band == nil)
        #expect(problem(3).isEnough)
        // Three cards building it: (3 + 1) / (3 + 2) = 80 for the card half, 65 for the gauge.
        #expect(problem(3).value == 65)
        #expect(problem(3).band == .mid)
        #expect(!problem(1, answers: [7: 4]).isEnough)
        #expect(problem(1, answers: [7: 4, 2: 4]).isEnough)
        #expect(problem(1, answers: [7: 4, 2: 4]).evidenceText == "1 card, 2 answers")
    }

    @Test func realBacklogLeavesJudgementAndAgreementToOthers() {
        let backlog = [F.pitchNow, F.answerTickets].map { ScoredDecision(card: $0, placed: .advances) }
        let alone = Scorecard.compute(decisions: backlog, assessment: SelfAssessment())
        #expect(alone.reading(.judgement).cards == .none)
        #expect(alone.agreement == LessonAgreement())
        let answered = Scorecard.compute(
            decisions: backlog, assessment: SelfAssessment(answers: [8: 4, 19: 4, 11: 4]))
        // Answers alone: 5 of 5 units → 6 / 7 = 85.7; the card half stays at 50.
        #expect(answered.value(.judgement) == 67.9)
        #expect(answered.reading(.judgement).isEnough)
    }

    @Test func judgementReadsOnlyTheCallsThatHingeOnIt() {
        let plain = F.card("x", verdict: .productive, LeverageWeights(scope: -1))
        let call = F.card("y", verdict: .advances, LeverageWeights(problem: 1, judgement: 2))
        let agreeOnPlain = Scorecard.compute(
            decisions: [ScoredDecision(card: plain, placed: .productive)], assessment: SelfAssessment())
        #expect(agreeOnPlain.agreement == LessonAgreement(agreed: 1, judged: 1))
        #expect(agreeOnPlain.reading(.judgement).cards == .none)
        let wrongCall = Scorecard.compute(
            decisions: [ScoredDecision(card: call, placed: .productive)], assessment: SelfAssessment())
        #expect(wrongCall.reading(.judgement).cards == GaugeEvidence(items: 1, units: 2, favour: 0))
        #expect(wrongCall.value(.judgement) == 37.5)
        let peeked = Scorecard.compute(
            decisions: [ScoredDecision(card: call, placed: .advances, peeked: true)],
            assessment: SelfAssessment())
        #expect(peeked.reading(.judgement).cards == .none)
        #expect(peeked.agreement == LessonAgreement(agreed: 0, judged: 0, peeked: 1))
        // A peeked card is still chosen work: it builds Problem.
        #expect(peeked.reading(.problem).cards == GaugeEvidence(items: 1, units: 1, favour: 1))
    }

    @Test func setAsideCardsCountOnlyInAgreement() {
        let strong = ScoredDecision(card: F.briefManager, placed: .productive)
        let weak = ScoredDecision(card: F.exhaustiveSpec, placed: .productive)
        let result = Scorecard.compute(decisions: [strong, weak], assessment: SelfAssessment())
        #expect(result.agreement == LessonAgreement(agreed: 1, judged: 2))
        for gauge in Gauge.allCases { #expect(result.reading(gauge).cards == .none) }
    }

    @Test func outputImpactCountsTheChosenWork() {
        func impact(_ decisions: [ScoredDecision]) -> GaugeEvidence {
            Scorecard.compute(decisions: decisions, assessment: SelfAssessment()).reading(.outputImpact).cards
        }
        let output = [F.clearBacklog, F.exhaustiveSpec, F.answerTickets]
        let leverage = [F.killInitiative, F.briefManager, F.pitchNow]
        #expect(impact(output.map { ScoredDecision(card: $0, placed: .advances) }).favour == 0)
        #expect(impact(leverage.map { ScoredDecision(card: $0, placed: .advances) }).favour == 3)
        #expect(impact(output.map { ScoredDecision(card: $0, placed: .productive) }) == .none)
        #expect(
            impact([ScoredDecision(card: Card(id: "u", title: "Tidy the wiki"), placed: .advances)]) == .none)
    }

    @Test func undoingTheLastDecisionRestoresEveryValue() {
        let before = Scorecard.compute(decisions: Array(F.decisions.dropLast()), assessment: F.answers)
        #expect(before.value(.problem) == 55.0)
        #expect(before.value(.judgement) == 64.6)
        #expect(before.value(.outputImpact) == 43.8)
        var decisions = F.decisions
        #expect(Scorecard.compute(decisions: decisions, assessment: F.answers) != before)
        decisions.removeLast()
        #expect(Scorecard.compute(decisions: decisions, assessment: F.answers) == before)
    }

    @Test func tallyGivesWhatTheFormulaGivesInAnyOrder() {
        var tally = ScorecardTally(decisions: F.decisions.reversed())
        #expect(
            tally.result(assessment: F.answers)
                == Scorecard.compute(decisions: F.decisions, assessment: F.answers))
        for decision in F.decisions { tally.remove(decision) }
        #expect(tally == ScorecardTally())
    }

    @Test func formulaIsWrittenDown() {
        #expect(Scorecard.formulaDescription.count == 7)
        #expect(
            Scorecard.formulaDescription.contains {
                $0.hasPrefix("Each profile gauge = ½ × cards + ½ × answers")
            })
        #expect(Scorecard.formulaDescription.contains { $0.contains("(units in favour + 1) ÷ (units + 2)") })
        #expect(Scorecard.formulaDescription.contains { $0.contains("once 3 cards and answers") })
    }
}
