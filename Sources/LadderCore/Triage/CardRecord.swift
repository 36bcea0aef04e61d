import Foundation

/// What happened to one card during a triage session.
public struct CardRecord: Equatable, Sendable, Codable {
    /// The pile the card is on, nil while unsorted.
    public var placed: Verdict?
    /// How many times the lesson's answer was revealed for it. Reveals are
    /// not undone: they record how often the answer was looked at.
    public var reveals: Int
    /// How many times a move on it was undone.
    public var undos: Int
    /// How many times it was skipped (undoing a skip takes one off).
    public var skips: Int
    /// Seconds from when it was last shown to when it was sorted.
    public var timeTaken: TimeInterval?
    /// When it was sorted.
    public var decidedAt: Date?
    /// When its answer was first revealed.
    public var firstRevealedAt: Date?
    /// The user's one-line note on the card ("defend your call"), if any.
    public var note: String?

    /// A record of a card nothing has happened to yet.
    public init() {
        reveals = 0
        undos = 0
        skips = 0
    }
}

/// How often the user's piles matched the lesson's verdicts.
public struct TriageAgreement: Equatable, Sendable, Codable {
    /// Sorted cards whose pile matched the lesson's verdict.
    public var agreed: Int
    /// Sorted cards that carry a lesson verdict.
    public var judged: Int

    /// Creates an agreement tally.
    public init(agreed: Int, judged: Int) {
        self.agreed = agreed
        self.judged = judged
    }

    /// The share agreed, from 0 to 1 (0 before any judged card).
    public var fraction: Double { judged == 0 ? 0 : Double(agreed) / Double(judged) }

    /// The share agreed as a whole percentage, rounded.
    public var percent: Int { Int((fraction * 100).rounded()) }
}
