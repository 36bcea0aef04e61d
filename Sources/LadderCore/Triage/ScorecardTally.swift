/// The card side of the scorecard kept as running sums, so one decision can
/// be added or taken back in O(1) instead of recomputing over every sorted
/// card. `result(assessment:)` gives exactly what `Scorecard.compute` gives
/// for the same decisions, whatever order they were added in: both gather
/// evidence through `Scorecard.visitCardEvidence`.
public struct ScorecardTally: Equatable, Hashable, Sendable {
    /// Card evidence per gauge, indexed by `Gauge.order`.
    private var cards = Array(repeating: GaugeEvidence.none, count: Gauge.allCases.count)
    /// Agreement with the lesson.
    public private(set) var agreement = LessonAgreement()
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

    /// Takes back a sorted card added before (with the same `peeked` flag).
    public mutating func remove(_ decision: ScoredDecision) { count(decision, by: -1) }

    /// The card evidence behind `gauge`.
    public func cardEvidence(_ gauge: Gauge) -> GaugeEvidence {
        cards.indices.contains(gauge.order) ? cards[gauge.order] : .none
    }

    /// Agreement and every gauge from these cards and the answers in `assessment`.
    public func result(
        assessment: SelfAssessment, statements: [AssessmentStatement] = AssessmentStatement.all
    ) -> ScorecardResult {
        Scorecard.result(
            cards: cards, agreement: agreement, decisionCount: decisionCount, assessment: assessment,
            statements: statements)
    }

    /// Adds (`step` 1) or removes (`step` -1) one decision from every sum.
    private mutating func count(_ decision: ScoredDecision, by step: Int) {
        decisionCount += step
        agreement.count(decision, step: step)
        Scorecard.visitCardEvidence(decision) { gauge, units, favour in
            cards[gauge.order].add(units: units, favour: favour, step: step)
        }
    }
}
