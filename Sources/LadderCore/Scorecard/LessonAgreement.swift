/// How you sort, kept apart from the leverage profile: of the cards whose
/// lesson verdict counts (not contested, not peeked at), how many you put on
/// the lesson's pile.
public struct LessonAgreement: Equatable, Hashable, Sendable, Codable {
    /// Cards put on the lesson's pile.
    public var agreed: Int
    /// Cards whose lesson verdict counts.
    public var judged: Int
    /// Cards with a verdict that were sorted after a peek, left out.
    public var peeked: Int

    /// Creates an agreement tally.
    public init(agreed: Int = 0, judged: Int = 0, peeked: Int = 0) {
        self.agreed = agreed
        self.judged = judged
        self.peeked = peeked
    }

    /// Counts one decision in (`step` 1) or out (`step` -1).
    public mutating func count(_ decision: ScoredDecision, step: Int = 1) {
        if decision.lessonVerdict != nil {
            judged += step
            if decision.agreesWithLesson { agreed += step }
        } else if decision.peeked, decision.card.verdict != nil {
            peeked += step
        }
    }

    /// The share agreed, 0 to 100, unrounded; nil before any judged card.
    public var percent: Double? { judged > 0 ? Double(agreed) / Double(judged) * 100 : nil }

    /// "41 of 57 cards as the lesson sorts them (72%)", with the peeks left
    /// out named; "no card with a lesson verdict sorted yet" before any.
    public var summary: String {
        guard let percent else {
            return peeked > 0
                ? "no card counted yet (\(peeked) sorted after a peek)"
                : "no card with a lesson verdict sorted yet"
        }
        let noun = judged == 1 ? "card" : "cards"
        var text = "\(agreed) of \(judged) \(noun) sorted as the lesson does (\(Int(percent.rounded()))%)"
        if peeked > 0 { text += "; \(peeked) sorted after a peek left out" }
        return text
    }
}
