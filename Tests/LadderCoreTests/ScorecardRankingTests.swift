import LadderCore
import Testing

@Suite struct ScorecardRankingTests {
    typealias F = ScorecardFixture

    private func result(_ values: [Gauge: Double]) -> ScorecardResult {
        // Build readings whose value is exactly `values[gauge]` from an answer part out of 1000.
        ScorecardResult(
            readings: values.map { gauge, value in
                GaugeReading(
                    gauge: gauge, cards: nil,
                    answers: AnswerPart(statements: 1, points: Int((value * 10).rounded()), maximum: 1000))
            })
    }

    @Test func strongestAndWeakestFromTheFixture() {
        let result = Scorecard.compute(decisions: F.decisions, assessment: F.answers)
        // Timing and Scope tie at 75.0; Timing comes first in Gauge order.
        #expect(result.strongest == .timing)
        #expect(result.strongest.chapter == 6)
        #expect(result.weakest == .narrative)
        #expect(result.weakest.chapter == 8)
        #expect(result.nextMove == NextMove.variants(for: .narrative).low)
    }

    @Test func tiesGoToGaugeOrder() {
        #expect(ScorecardResult.neutral.strongest == .problem)
        #expect(ScorecardResult.neutral.weakest == .problem)
        let tied = result([.problem: 80, .team: 20, .timing: 80, .scope: 20])
        #expect(tied.strongest == .problem)
        #expect(tied.weakest == .team)
    }

    @Test func nextMoveFollowsTheWeakestBand() {
        let low = result([.scope: 39.9])
        #expect(low.weakest == .scope)
        #expect(low.nextMove == NextMove.variants(for: .scope).low)
        let mid = result([.scope: 40])
        #expect(mid.weakest == .scope)
        #expect(mid.nextMove == NextMove.variants(for: .scope).other)
        for gauge in Gauge.allCases {
            let pair = NextMove.variants(for: gauge)
            #expect(pair.low != pair.other)
            #expect(!pair.low.isEmpty && !pair.other.isEmpty)
        }
    }

    @Test func deltaAndBiggestMover() {
        let before = Scorecard.compute(decisions: Array(F.decisions.dropLast()), assessment: F.answers)
        let after = Scorecard.compute(decisions: F.decisions, assessment: F.answers)
        #expect(
            after.delta(from: before) == [
                .problem: 4.2, .team: 0, .timing: 0, .judgement: 5.0, .scope: 0, .narrative: 0,
                .outputImpact: 5.0,
            ])
        // Judgement and Output / Impact both moved 5.0; Judgement comes first.
        #expect(after.biggestMover(from: before) == .judgement)
        #expect(before.biggestMover(from: after) == .judgement)
        #expect(before.delta(from: after)[.problem] == -4.2)
        #expect(after.biggestMover(from: after) == nil)
    }

    @Test func biggestMoverCountsFallsToo() {
        let before = result([.team: 50, .narrative: 50])
        let after = result([.team: 58, .narrative: 40])
        #expect(after.biggestMover(from: before) == .narrative)
        #expect(after.delta(fromValues: [.team: 50])[.narrative] == 0)
    }
}
