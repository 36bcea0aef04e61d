import LadderCore
import Testing

@Suite struct ScorecardFormulaTests {
    typealias F = ScorecardFixture

    @Test func everyGaugeIsExact() {
        let result = Scorecard.compute(decisions: F.decisions, assessment: F.answers)
        // Problem: cards A -1, B +2, G +1 → range -1…+3, chosen +2 → 75; answers s2 (w1) 2/4 → 50.
        // Team: B +1, D +1, F -2 → range -2…+2, chosen B+F = -1 → 25; answers s1 (w2) 6/8 → 75.
        // Timing: B +1, E +2 → range 0…3, chosen 3 → 100; answers s2 (w2) 4/8 → 50.
        // Judgement: 3 of 5 verdict cards agree → 60; answers s4 1×4, s5 1×1, s8 2×2 = 9/16 → 56.25.
        // Scope: A -1, B +1, C -1 → range -2…+1, chosen 0 → 66.67; answers s4 2×4 + s8 1×2 = 10/12.
        // Narrative: C -1, D +2 → range -1…+2, nothing chosen → 33.33; no answers.
        // Output / Impact: chosen A out, B in, E in (+2), F out (-2), G in → 3/5 = 60; s5 2/8 → 25.
        #expect(
            result.values == [
                .problem: 62.5, .team: 50.0, .timing: 75.0, .judgement: 58.1, .scope: 75.0,
                .narrative: 33.3, .outputImpact: 42.5,
            ])
        #expect(result.decisionCount == 7)
        #expect(result.answeredCount == 5)
    }

    @Test func partsExplainEachGauge() {
        let result = Scorecard.compute(decisions: F.decisions, assessment: F.answers)
        #expect(result.reading(.problem).cards == CardPart(score: 2, lowest: -1, highest: 3, cards: 3))
        #expect(result.reading(.problem).answers == AnswerPart(statements: 1, points: 2, maximum: 4))
        #expect(result.reading(.judgement).cards == CardPart(score: 3, lowest: 0, highest: 5, cards: 5))
        #expect(result.reading(.judgement).answers == AnswerPart(statements: 3, points: 9, maximum: 16))
        #expect(result.reading(.narrative).answers == nil)
        #expect(
            result.reading(.problem).explanation
                == "cards: +2 between -1 and +3 → 75.0; answers: 2.0 of 4 on 1 statement → 50.0")
        #expect(
            result.reading(.judgement).explanation
                == "cards: 3 of 5 agree with the lesson → 60.0; answers: 2.3 of 4 on 3 statements → 56.3")
        #expect(result.reading(.outputImpact).explanation.hasPrefix("cards: 3 of 5 chosen are impact → 60.0"))
        #expect(result.reading(.narrative).explanation == "cards: 0 between -1 and +2 → 33.3")
    }

    @Test func neutralStartIsFiftyEverywhere() {
        let result = Scorecard.compute(decisions: [], assessment: SelfAssessment())
        #expect(result.values == Dictionary(uniqueKeysWithValues: Gauge.allCases.map { ($0, 50.0) }))
        #expect(result == ScorecardResult.neutral)
        #expect(result.reading(.team).explanation == "nothing yet: neutral 50")
    }

    @Test func cardsAloneOrAnswersAloneGiveThatPart() {
        let cards = Scorecard.compute(decisions: F.decisions, assessment: SelfAssessment())
        #expect(cards.value(.problem) == 75.0)
        #expect(cards.value(.scope) == 66.7)
        #expect(cards.value(.outputImpact) == 60.0)
        let answers = Scorecard.compute(decisions: [], assessment: F.answers)
        #expect(answers.value(.judgement) == 56.3)
        #expect(answers.value(.scope) == 83.3)
        #expect(answers.value(.narrative) == 50.0)
    }

    @Test func realBacklogLeavesJudgementToAnswers() {
        let backlog = [F.pitchNow, F.answerTickets].map { ScoredDecision(card: $0, placed: .advances) }
        let alone = Scorecard.compute(decisions: backlog, assessment: SelfAssessment())
        #expect(alone.value(.judgement) == 50.0)
        #expect(alone.reading(.judgement).cards == nil)
        let answered = Scorecard.compute(decisions: backlog, assessment: SelfAssessment(answers: [8: 4]))
        #expect(answered.value(.judgement) == 100.0)
    }

    @Test func judgementIsAgreementWithTheLesson() {
        let agree = [ScoredDecision(card: F.clearBacklog, placed: .productive)]
        let disagree = [ScoredDecision(card: F.clearBacklog, placed: .advances)]
        #expect(Scorecard.compute(decisions: agree, assessment: SelfAssessment()).value(.judgement) == 100)
        #expect(Scorecard.compute(decisions: disagree, assessment: SelfAssessment()).value(.judgement) == 0)
    }

    @Test func outputImpactHundredMeansAllImpact() {
        func impact(_ decisions: [ScoredDecision]) -> Double {
            Scorecard.compute(decisions: decisions, assessment: SelfAssessment()).value(.outputImpact)
        }
        let output = [F.clearBacklog, F.exhaustiveSpec, F.answerTickets]
        let leverage = [F.killInitiative, F.briefManager, F.pitchNow]
        #expect(impact(output.map { ScoredDecision(card: $0, placed: .advances) }) == 0)
        #expect(impact(leverage.map { ScoredDecision(card: $0, placed: .advances) }) == 100)
        // Set-aside work and unweighted backlog items say nothing about the balance.
        let unknown = Card(id: "u", title: "Tidy the wiki")
        #expect(impact(output.map { ScoredDecision(card: $0, placed: .productive) }) == 50)
        #expect(impact([ScoredDecision(card: unknown, placed: .advances)]) == 50)
    }

    @Test func settingAsideStrongWorkOrChoosingWeakWorkCosts() {
        let best = [
            ScoredDecision(card: F.briefManager, placed: .advances),
            ScoredDecision(card: F.exhaustiveSpec, placed: .productive),
        ]
        let worst = [
            ScoredDecision(card: F.briefManager, placed: .productive),
            ScoredDecision(card: F.exhaustiveSpec, placed: .advances),
        ]
        #expect(Scorecard.compute(decisions: best, assessment: SelfAssessment()).value(.narrative) == 100)
        #expect(Scorecard.compute(decisions: worst, assessment: SelfAssessment()).value(.narrative) == 0)
    }

    @Test func undoingTheLastDecisionRestoresEveryValue() {
        let before = Scorecard.compute(decisions: Array(F.decisions.dropLast()), assessment: F.answers)
        #expect(
            before.values == [
                .problem: 58.3, .team: 50.0, .timing: 75.0, .judgement: 53.1, .scope: 75.0,
                .narrative: 33.3, .outputImpact: 37.5,
            ])
        var decisions = F.decisions
        let after = Scorecard.compute(decisions: decisions, assessment: F.answers)
        #expect(after != before)
        decisions.removeLast()
        #expect(Scorecard.compute(decisions: decisions, assessment: F.answers) == before)
    }

    @Test func formulaIsWrittenDown() {
        #expect(Scorecard.formulaDescription.count == 7)
        #expect(Scorecard.formulaDescription.contains { $0.hasPrefix("Gauge = ½ × cards + ½ × answers") })
        #expect(Scorecard.formulaDescription.contains { $0.contains("100 = all impact, 0 = all output") })
    }
}
