import FoundationEssentials

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
    /// True once the lesson's answer was seen before the card was sorted: its
    /// reason revealed, or feedback shown for a sort that was then undone.
    /// A peeked card is left out of agreement. Never cleared.
    public var peeked: Bool = false

    /// A record of a card nothing has happened to yet.
    public init() {
        reveals = 0
        undos = 0
        skips = 0
    }
}

extension CardRecord {
    private enum CodingKeys: String, CodingKey {
        case placed, reveals, undos, skips, timeTaken, decidedAt, firstRevealedAt, note, peeked
    }

    /// Decodes a record; saves from before notes and peeks read as having none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        placed = try container.decodeIfPresent(Verdict.self, forKey: .placed)
        reveals = try container.decode(Int.self, forKey: .reveals)
        undos = try container.decode(Int.self, forKey: .undos)
        skips = try container.decode(Int.self, forKey: .skips)
        timeTaken = try container.decodeIfPresent(TimeInterval.self, forKey: .timeTaken)
        decidedAt = try container.decodeIfPresent(Date.self, forKey: .decidedAt)
        firstRevealedAt = try container.decodeIfPresent(Date.self, forKey: .firstRevealedAt)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        peeked = try container.decodeIfPresent(Bool.self, forKey: .peeked) ?? false
    }
}

/// How often the user's piles matched the lesson's verdicts. Cards whose
/// answer was peeked at before sorting are counted apart, not judged.
public struct TriageAgreement: Equatable, Sendable, Codable {
    /// Sorted, unpeeked cards whose pile matched the lesson's verdict.
    public var agreed: Int
    /// Sorted, unpeeked cards that carry a lesson verdict.
    public var judged: Int
    /// Sorted cards with a lesson verdict whose answer was seen first.
    public var peeked: Int

    /// Creates an agreement tally with no peeked cards.
    public init(agreed: Int, judged: Int) {
        self.init(agreed: agreed, judged: judged, peeked: 0)
    }

    /// Creates an agreement tally.
    public init(agreed: Int, judged: Int, peeked: Int) {
        self.agreed = agreed
        self.judged = judged
        self.peeked = peeked
    }

    /// The share agreed, from 0 to 1 (0 before any judged card).
    public var fraction: Double { judged == 0 ? 0 : Double(agreed) / Double(judged) }

    /// The share agreed as a whole percentage, rounded.
    public var percent: Int { Int((fraction * 100).rounded()) }
}
