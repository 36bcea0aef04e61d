/// One card the user has sorted, and the pile they put it on.
public struct ScoredDecision: Equatable, Hashable, Sendable {
    /// The card sorted.
    public var card: Card
    /// The pile the user chose: "advances you" means work they would take on,
    /// "feels productive" means work they set aside.
    public var placed: Verdict

    /// Creates a decision.
    public init(card: Card, placed: Verdict) {
        self.card = card
        self.placed = placed
    }

    /// True when the card carries a lesson verdict and the user agreed with it.
    public var agreesWithLesson: Bool { card.verdict == placed }
}
