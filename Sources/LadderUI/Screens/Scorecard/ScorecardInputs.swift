import LadderCore

/// What the scorecard is computed from, gathered from the app's state:
/// the cards sorted in the triage session and the self-assessment.
public enum ScorecardInputs {
    /// Every sorted card of `session` with the pile it went on, in deck
    /// order; empty without a session.
    public static func decisions(from session: TriageSession?) -> [ScoredDecision] {
        guard let session else { return [] }
        var decisions: [ScoredDecision] = []
        decisions.reserveCapacity(session.progress.sorted)
        for (card, record) in zip(session.deck.cards, session.records) {
            guard let placed = record.placed else { continue }
            decisions.append(ScoredDecision(card: card, placed: placed, peeked: record.peeked))
        }
        return decisions
    }

    /// The scorecard for `assessment` and the cards sorted in `session`.
    public static func result(session: TriageSession?, assessment: SelfAssessment) -> ScorecardResult {
        Scorecard.compute(decisions: decisions(from: session), assessment: assessment)
    }
}
