import LadderCore
import Testing

@Suite struct ScorecardRankingTests {
    typealias F = ScorecardFixture

    /// A result whose measured gauges read exactly `values`: the card half
    /// holds 3 cards' worth of evidence at 50, the answer half the rest.
    private func result(_ values: [Gauge: Double]) -> ScorecardResult {
        ScorecardResult(
            readings: values.map { gauge, value in
                // Answer half h with units u: (f + 1) / (u + 2) = h; gauge = (50 + h) / 2.
                let half = 2 * value - 50
                let units = 1000
                let favour = half / 100 * Double(units + 2) - 1
                return GaugeReading(
                    gauge: gauge, cards: GaugeEvidence(items: 3, units: 2, favour: 1),
                    answers: GaugeEvidence(items: 1, units: units, favour: favour))
            })
    }

    @Test func strongestAndWeakestAmongMeasuredGauges() {
        let result = Scorecard.compute(decisions: F.decisions, assessment: F.answers)
        #expect(result.strongest == .judgement)
        #expect(result.strongest?.chapter == "measures")
        #expect(result.weakest == .outputImpact)
        #expect(result.weakest?.chapter == "output")
        #expect(result.nextMove == NextMove.variants(for: .outputImpact).other)
        // Narrative and Compounding read 50 but are not measured, so neither ranks.
        #expect(!result.measured.map(\.gauge).contains(.narrative))
    }

    @Test func tiesGoToGaugeOrder() {
        let tied = result([.problem: 70, .team: 30, .timing: 70, .scope: 30])
        #expect(tied.value(.problem) == 70)
        #expect(tied.strongest == .problem)
        #expect(tied.weakest == .team)
    }

    @Test func nextMoveFollowsTheWeakestBand() {
        let low = result([.scope: 35, .team: 60])
        #expect(low.weakest == .scope)
        #expect(low.nextMove == NextMove.variants(for: .scope).low)
        let mid = result([.scope: 40])
        #expect(mid.nextMove == NextMove.variants(for: .scope).other)
        for gauge in Gauge.allCases {
            let pair = NextMove.variants(for: gauge)
            #expect(pair.low != pair.other)
            #expect(!pair.low.isEmpty && !pair.other.isEmpty)
        }
    }

    @Test func deltaComparesMeasuredGaugesOnly() {
        let before = Scorecard.compute(decisions: Array(F.decisions.dropLast()), assessment: F.answers)
        let after = Scorecard.compute(decisions: F.decisions, assessment: F.answers)
        #expect(
            after.delta(from: before) == [
                .problem: 3.3, .team: 0, .timing: 0, .judgement: 2.5, .scope: 0, .outputImpact: 3.5,
            ])
        #expect(after.biggestMover(fromValues: before.values) == .outputImpact)
        #expect(after.biggestMover(from: before) == .outputImpact)
        #expect(after.biggestMover(from: after) == nil)
        #expect(after.delta(fromValues: [.team: 50])[.problem] == nil)
    }

    @Test func aFirstCardIsPointedOutBeforeTheGaugeIsMeasured() {
        let one = Scorecard.compute(
            decisions: [ScoredDecision(card: F.briefManager, placed: .advances)], assessment: SelfAssessment()
        )
        #expect(one.biggestMover(from: .neutral) == .narrative)
        #expect(one.biggestMover(fromValues: ScorecardResult.neutral.values) == nil)
    }
}
