/// The card half of the scorecard kept as running sums, so one decision can
/// be added or taken back in O(1) instead of recomputing over every sorted
/// card. `result(assessment:)` gives exactly what `Scorecard.compute` gives
/// for the same decisions, whatever order they were added in.
public struct ScorecardTally: Equatable, Hashable, Sendable {
    /// Running sums for one of the five leverage gauges.
    struct LeverageSums: Equatable, Hashable, Sendable {
        var score = 0
        var lowest = 0
        var highest = 0
        var cards = 0
    }

    /// Sums for `Gauge.leverage`, in that order.
    private var leverage = Array(repeating: LeverageSums(), count: Gauge.leverage.count)
    /// Decisions on cards with a lesson verdict.
    private var judged = 0
    /// Of those, the ones on the lesson's pile.
    private var agreed = 0
    /// Chosen cards ("advances you") whose nature is known.
    private var chosenKnown = 0
    /// Of those, the ones that are impact.
    private var chosenImpact = 0
    /// How many decisions are in the tally.
    public private(set) var decisionCount = 0

    /// An empty tally: no card sorted.
    public init() {}

    /// A tally of `decisions`.
    public init(decisions: some Sequence<ScoredDecision>) {
        for decision in decisions { add(decision) }
    }

    /// Counts one more sorted card.
    public mutating func add(_ decision: ScoredDecision) { count(decision, by: 1) }

    /// Takes back a sorted card added before.
    public mutating func remove(_ decision: ScoredDecision) { count(decision, by: -1) }

    /// The card part of `gauge`, as `Scorecard.cardPart` would give it.
    public func cardPart(_ gauge: Gauge) -> CardPart? {
        switch gauge {
        case .problem, .team, .timing, .scope, .narrative:
            guard let slot = Gauge.leverage.firstIndex(of: gauge) else { return nil }
            let sums = leverage[slot]
            guard sums.highest > sums.lowest else { return nil }
            return CardPart(score: sums.score, lowest: sums.lowest, highest: sums.highest, cards: sums.cards)
        case .judgement:
            guard judged > 0 else { return nil }
            return CardPart(score: agreed, lowest: 0, highest: judged, cards: judged)
        case .outputImpact:
            guard chosenKnown > 0 else { return nil }
            return CardPart(score: chosenImpact, lowest: 0, highest: chosenKnown, cards: chosenKnown)
        }
    }

    /// Every gauge from these cards and the answers in `assessment`.
    public func result(
        assessment: SelfAssessment, statements: [AssessmentStatement] = AssessmentStatement.all
    ) -> ScorecardResult {
        let readings = Gauge.allCases.map { gauge in
            GaugeReading(
                gauge: gauge, cards: cardPart(gauge),
                answers: Scorecard.answerPart(gauge, assessment, statements))
        }
        return ScorecardResult(
            readings: readings, decisionCount: decisionCount, answeredCount: assessment.answeredCount)
    }

    /// Adds (`step` 1) or removes (`step` -1) one decision from every sum.
    private mutating func count(_ decision: ScoredDecision, by step: Int) {
        decisionCount += step
        let weights = decision.card.weights
        for (slot, gauge) in Gauge.leverage.enumerated() {
            let weight = weights.weight(for: gauge) ?? 0
            guard weight != 0 else { continue }
            leverage[slot].cards += step
            leverage[slot].lowest += step * min(0, weight)
            leverage[slot].highest += step * max(0, weight)
            if decision.placed == .advances { leverage[slot].score += step * weight }
        }
        if let lesson = decision.card.verdict {
            judged += step
            if lesson == decision.placed { agreed += step }
        }
        if decision.placed == .advances, let impact = Scorecard.isImpact(decision) {
            chosenKnown += step
            if impact { chosenImpact += step }
        }
    }
}
