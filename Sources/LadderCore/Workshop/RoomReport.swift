/// What a room did with a round, worked out from its participants'
/// results: who took part, how the room split on each card, where it
/// agreed with the lesson, and the average scorecard.
public struct RoomReport: Equatable, Sendable, Encodable {
    /// The room's (or the deck's) title.
    public var title: String
    /// The deck sorted.
    public var deck: DeckFingerprint
    /// The seed of the card order.
    public var seed: UInt64?
    /// Everyone whose results are counted, by name.
    public var participants: [ParticipantLine]
    /// Every card, in deck order.
    public var cards: [CardLine]
    /// Indices into `cards`, the most contested first (nearest an even split).
    public var contestedOrder: [Int]
    /// The room's average on each gauge.
    public var scorecard: [GaugeAverage]
    /// Files that were not counted, and why.
    public var skipped: [SkippedFile]

    /// One card's split.
    public struct CardLine: Equatable, Sendable, Encodable {
        /// The card's id.
        public var id: String
        /// The card's title (its id when the deck is not at hand).
        public var title: String
        /// The lesson's verdict, if any.
        public var lessonVerdict: Verdict?
        /// The lesson's reasoning, if any.
        public var rationale: String?
        /// The id of the chapter behind it, if any.
        public var chapter: String?
        /// Both readings of a card the lesson leaves open.
        public var readings: ContestedReadings?
        /// True when the lesson leaves it open.
        public var contestedByDesign: Bool
        /// Participants who put it on "feels productive".
        public var productive: Int
        /// Participants who put it on "advances you".
        public var advances: Int
        /// Participants who have not sorted it.
        public var unsorted: Int
        /// Of the judged sorts, how many matched the lesson.
        public var agreed: Int
        /// Sorts that count for agreement (a verdict, not contested, not peeked at).
        public var judged: Int
        /// Participants' notes on it, in participant order.
        public var notes: [Note]

        /// Sorts in all.
        public var sorted: Int { productive + advances }

        /// How far from an even split, from 0 (even) to 1 (unanimous); nil when nobody sorted it.
        public var margin: Double? {
            sorted == 0 ? nil : Double(abs(productive - advances)) / Double(sorted)
        }
    }

    /// A participant's note on a card.
    public struct Note: Equatable, Sendable, Encodable {
        /// Who wrote it.
        public var name: String
        /// What they wrote.
        public var text: String

        /// Creates a note.
        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    /// One participant's round.
    public struct ParticipantLine: Equatable, Sendable, Encodable {
        /// Their name.
        public var name: String
        /// Their id.
        public var id: String
        /// The file their results came from.
        public var file: String
        /// Cards they sorted.
        public var sorted: Int
        /// Their sorts that matched the lesson.
        public var agreed: Int
        /// Their sorts that count for agreement.
        public var judged: Int
        /// Verdicts they looked at before sorting.
        public var peeks: Int
        /// True when they sorted every card.
        public var finished: Bool
    }

    /// The room's average on one gauge.
    public struct GaugeAverage: Equatable, Sendable, Encodable {
        /// The gauge's name, as in results files.
        public var gauge: String
        /// The mean value, 0–100.
        public var average: Double
        /// How many participants it is the mean of.
        public var participants: Int

        /// Creates an average.
        public init(gauge: String, average: Double, participants: Int) {
            self.gauge = gauge
            self.average = average
            self.participants = participants
        }
    }

    /// A file left out of the report.
    public struct SkippedFile: Equatable, Sendable, Encodable {
        /// The file as named.
        public var file: String
        /// Why it was left out.
        public var reason: String

        /// Creates a skipped file.
        public init(file: String, reason: String) {
            self.file = file
            self.reason = reason
        }
    }

    /// The cards to discuss, the most contested first: every card the room
    /// split on (no unanimous card) and every sorted card contested by design,
    /// at most `limit`.
    public func discussion(limit: Int = 10) -> [CardLine] {
        let picked = contestedOrder.map { cards[$0] }.filter { card in
            guard let margin = card.margin else { return false }
            return card.contestedByDesign || margin < 1
        }
        return Array(picked.prefix(limit))
    }

    /// Share of `part` in `whole` as a whole percentage, nil when `whole` is 0.
    public static func percent(_ part: Int, of whole: Int) -> Int? {
        whole == 0 ? nil : Int((Double(part) * 100 / Double(whole)).rounded())
    }
}
