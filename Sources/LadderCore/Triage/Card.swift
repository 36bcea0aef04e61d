/// One backlog item or habit to sort.
public struct Card: Equatable, Hashable, Sendable, Identifiable {
    /// A stable identifier, unique within its deck (used to resume and export).
    public var id: String
    /// The item as it would read on a backlog.
    public var title: String
    /// More detail, if the source had any.
    public var detail: String?
    /// The lesson's verdict, when the deck has one; nil for a real backlog
    /// and for a contested card, which has two readings instead.
    public var verdict: Verdict?
    /// Why the lesson puts it there, in one or two sentences.
    public var rationale: String?
    /// The id of the bundled module's chapter that speaks to it (such as
    /// `leverage`), if any. `ChapterLink` finds it in whatever lesson is open.
    public var chapter: String?
    /// A group such as a Markdown heading or an epic, if any.
    public var group: String?
    /// Its weights for the scorecard.
    public var weights: LeverageWeights
    /// Both readings of a card on which two of the lesson's principles pull
    /// apart; such a card is never scored right or wrong.
    public var readings: ContestedReadings?
    /// The key the tracker gave the item (`PAY-101`, `12`), as read from
    /// the source; nil when it gave none. See `trackerLabel`.
    public var trackerKey: String?

    /// Creates a card.
    public init(
        id: String, title: String, detail: String? = nil, verdict: Verdict? = nil,
        rationale: String? = nil, chapter: String? = nil, group: String? = nil,
        weights: LeverageWeights = .zero, readings: ContestedReadings? = nil, trackerKey: String? = nil
    ) {
        self.id = id
        self.title = title
        self.detail = detail
        self.verdict = verdict
        self.rationale = rationale
        self.chapter = chapter
        self.group = group
        self.weights = weights
        self.readings = readings
        self.trackerKey = trackerKey
    }

    /// True when the lesson argues for both piles (see `readings`).
    public var isContested: Bool { readings != nil }

    /// True when the lesson speaks to the card: a verdict or two readings.
    public var hasLessonCall: Bool { verdict != nil || readings != nil }
}

/// A named set of cards to sort.
public struct Deck: Equatable, Sendable {
    /// The deck's title.
    public var title: String
    /// The cards in their original order.
    public var cards: [Card]

    /// Creates a deck.
    public init(title: String, cards: [Card]) {
        self.title = title
        self.cards = cards
    }

    /// True when the lesson speaks to every card, with a verdict or with two
    /// contested readings (a teaching deck); false for a real backlog with
    /// no right answers.
    public var hasVerdicts: Bool { !cards.isEmpty && cards.allSatisfy(\.hasLessonCall) }
}
