import FoundationEssentials

/// One participant's round, as written to their own file in the room at
/// every change (and by `ladder triage --results`): enough to resume the
/// round and to report on it. The format is documented in the README
/// ("Results files"); `version` goes up when it changes incompatibly.
public struct ParticipantResults: Codable, Equatable, Sendable {
    /// The value of `format` in every results file.
    public static let formatName = "ladder-results"
    /// The version this ladder writes and reads.
    public static let currentVersion = 1

    /// Always `ladder-results`: tells a results file from any other JSON.
    public var format: String
    /// The format version.
    public var version: Int
    /// The deck sorted.
    public var deck: DeckFingerprint
    /// The seed of the card order, nil when the cards came in deck order.
    public var seed: UInt64?
    /// The room's title, nil for a round on one's own.
    public var room: String?
    /// Who sorted.
    public var participant: Participant
    /// When things happened.
    public var times: Times
    /// True when the lesson's verdicts were hidden during the round.
    public var answersHidden: Bool
    /// Every card something happened to, in deck order.
    public var cards: [CardResult]
    /// Agreement with the lesson over the judged cards (sorted, with a
    /// verdict, not contested, not peeked at); nil for a deck without verdicts.
    public var agreement: TriageAgreement?
    /// The scorecard's gauges (0–100) by gauge name.
    public var scorecard: [String: Double]
    /// A hash of the participant's rejoin code, nil when there is none.
    public var rejoin: String?

    /// Who took part.
    public struct Participant: Codable, Equatable, Sendable {
        /// A random id given at the first join, telling apart people of the same name.
        public var id: String
        /// The name as shown.
        public var name: String

        /// Creates a participant.
        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// The round's moments.
    public struct Times: Codable, Equatable, Sendable {
        /// When the participant first joined.
        public var joinedAt: Date
        /// When the file was last written.
        public var updatedAt: Date
        /// When the last card was sorted, nil while cards are left.
        public var finishedAt: Date?

        /// Creates the times.
        public init(joinedAt: Date, updatedAt: Date, finishedAt: Date? = nil) {
            self.joinedAt = joinedAt
            self.updatedAt = updatedAt
            self.finishedAt = finishedAt
        }
    }

    /// Creates results in the current format.
    public init(
        deck: DeckFingerprint, seed: UInt64?, room: String?, participant: Participant, times: Times,
        answersHidden: Bool, cards: [CardResult], agreement: TriageAgreement?, scorecard: [String: Double],
        rejoin: String? = nil
    ) {
        format = Self.formatName
        version = Self.currentVersion
        self.deck = deck
        self.seed = seed
        self.room = room
        self.participant = participant
        self.times = times
        self.answersHidden = answersHidden
        self.cards = cards
        self.agreement = agreement
        self.scorecard = scorecard
        self.rejoin = rejoin
    }

    /// How many cards are on a pile.
    public var sortedCount: Int { cards.reduce(0) { $0 + ($1.pile == nil ? 0 : 1) } }

    /// Which round these results belong to: results of different rounds never mix.
    public var round: RoundKey { RoundKey(deck: deck, seed: seed) }
}

/// What happened to one card in a participant's round.
public struct CardResult: Codable, Equatable, Sendable {
    /// The card's id in the deck.
    public var id: String
    /// The pile it went on, nil while unsorted.
    public var pile: Verdict?
    /// Its place among the participant's sorts (1 for the first), nil while unsorted.
    public var sequence: Int?
    /// Seconds from when it was shown to when it was sorted.
    public var seconds: Double?
    /// When it was sorted.
    public var decidedAt: Date?
    /// How often the lesson's verdict was looked at before sorting.
    public var peeks: Int
    /// When the verdict was first looked at, if it was.
    public var peekedAt: Date?
    /// How often it was skipped.
    public var skips: Int
    /// When it was last skipped, if it was (skipped cards come up again in this order).
    public var skippedAt: Date?
    /// How often a move on it was undone.
    public var undos: Int
    /// The participant's one-line note on it.
    public var note: String?
    /// Whether its pile matches the lesson's verdict; nil when unsorted, without a verdict, or contested.
    public var agrees: Bool?
    /// True for a card the lesson itself leaves open (two principles pull apart).
    public var contested: Bool?

    /// Creates a card's result.
    public init(
        id: String, pile: Verdict? = nil, sequence: Int? = nil, seconds: Double? = nil,
        decidedAt: Date? = nil, peeks: Int = 0, peekedAt: Date? = nil, skips: Int = 0, skippedAt: Date? = nil,
        undos: Int = 0, note: String? = nil, agrees: Bool? = nil, contested: Bool? = nil
    ) {
        self.id = id
        self.pile = pile
        self.sequence = sequence
        self.seconds = seconds
        self.decidedAt = decidedAt
        self.peeks = peeks
        self.peekedAt = peekedAt
        self.skips = skips
        self.skippedAt = skippedAt
        self.undos = undos
        self.note = note
        self.agrees = agrees
        self.contested = contested
    }
}

/// A round's identity: the deck and the seed of its order.
public struct RoundKey: Hashable, Sendable {
    /// The deck.
    public var deck: DeckFingerprint
    /// The seed, nil for deck order.
    public var seed: UInt64?

    /// Creates a key.
    public init(deck: DeckFingerprint, seed: UInt64?) {
        self.deck = deck
        self.seed = seed
    }
}
