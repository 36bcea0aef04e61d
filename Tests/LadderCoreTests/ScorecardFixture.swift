import LadderCore

/// A small teaching deck with weights, the piles a user chose and a few
/// answers, whose gauges are worked out by hand in the tests.
enum ScorecardFixture {
    static let clearBacklog = Card(
        id: "a", title: "Clear the whole backlog", verdict: .productive,
        weights: LeverageWeights(problem: -1, scope: -1))
    static let killInitiative = Card(
        id: "b", title: "Stop the initiative draining the team", verdict: .advances,
        weights: LeverageWeights(problem: 2, team: 1, timing: 1, scope: 1, judgement: 2))
    static let exhaustiveSpec = Card(
        id: "c", title: "Write the exhaustive spec", verdict: .productive,
        weights: LeverageWeights(scope: -1, narrative: -1))
    static let briefManager = Card(
        id: "d", title: "Brief your manager on the outcome", verdict: .advances,
        weights: LeverageWeights(team: 1, narrative: 2, compounding: 1))
    static let pitchNow = Card(
        id: "e", title: "Pitch the pricing bet while it is funded", weights: LeverageWeights(timing: 2))
    static let answerTickets = Card(
        id: "f", title: "Answer every ticket within the hour", weights: LeverageWeights(team: -2))
    static let sayNo = Card(
        id: "g", title: "Decide which features never get built", verdict: .advances,
        weights: LeverageWeights(problem: 1, judgement: 1))

    /// A: chosen (disagrees), B: chosen (agrees), C: set aside (agrees),
    /// D: set aside (disagrees), E and F: chosen (no verdict), G: chosen (agrees).
    static let decisions: [ScoredDecision] = [
        ScoredDecision(card: clearBacklog, placed: .advances),
        ScoredDecision(card: killInitiative, placed: .advances),
        ScoredDecision(card: exhaustiveSpec, placed: .productive),
        ScoredDecision(card: briefManager, placed: .productive),
        ScoredDecision(card: pitchNow, placed: .advances),
        ScoredDecision(card: answerTickets, placed: .advances),
        ScoredDecision(card: sayNo, placed: .advances),
    ]

    /// Statements 1, 2, 4, 8 and 11 answered; the rest left open.
    static let answers = SelfAssessment(answers: [1: 3, 2: 2, 4: 4, 11: 1, 8: 2])

    /// Every gauge measured at once, for ranking tests: `value` on each
    /// gauge, from answers alone (one answer per point of the 0–4 scale).
    static func card(_ id: String, verdict: Verdict?, _ weights: LeverageWeights) -> Card {
        Card(id: id, title: "Card \(id)", verdict: verdict, weights: weights)
    }
}
