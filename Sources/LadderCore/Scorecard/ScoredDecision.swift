/// One card the user has sorted, and the pile they put it on.
public struct ScoredDecision: Equatable, Hashable, Sendable {
    /// The card sorted.
    public var card: Card
    /// The pile the user chose: "advances you" means work they would take on,
    /// "feels productive" means work they set aside.
    public var placed: Verdict
    /// True when the lesson's verdict was shown before the card was sorted:
    /// the call still counts as chosen work, but not as agreement or judgement.
    /// Whoever builds decisions must give a tally the same flag on removal as
    /// on addition.
    public var peeked: Bool

    /// Creates a decision.
    public init(card: Card, placed: Verdict, peeked: Bool = false) {
        self.card = card
        self.placed = placed
        self.peeked = peeked
    }

    /// The lesson's verdict when it counts against the user's call: nil for a
    /// card without one (a real backlog, a contested card) and after a peek.
    public var lessonVerdict: Verdict? { peeked ? nil : card.verdict }

    /// True when the lesson's verdict counts and the user agreed with it.
    public var agreesWithLesson: Bool { lessonVerdict != nil && lessonVerdict == placed }
}
