/// One backlog item or habit to sort.
public struct Card: Equatable, Hashable, Sendable, Identifiable {
    /// A stable identifier, unique within its deck (used to resume and export).
    public var id: String
    /// The item as it would read on a backlog.
    public var title: String
    /// More detail, if the source had any.
    public var detail: String?
    /// The lesson's verdict, when the deck has one; nil for a real backlog.
    public var verdict: Verdict?
    /// Why the lesson puts it there, in one or two sentences.
    public var rationale: String?
    /// The 1-based chapter of the bundled module that speaks to it, if any.
    public var chapter: Int?
    /// A group such as a Markdown heading or an epic, if any.
    public var group: String?
    /// Its weights for the scorecard.
    public var weights: LeverageWeights

    /// Creates a card.
    public init(
        id: String, title: String, detail: String? = nil, verdict: Verdict? = nil,
        rationale: String? = nil, chapter: Int? = nil, group: String? = nil,
        weights: LeverageWeights = .zero
    ) {
        self.id = id
        self.title = title
        self.detail = detail
        self.verdict = verdict
        self.rationale = rationale
        self.chapter = chapter
        self.group = group
        self.weights = weights
    }
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

    /// True when every card carries the lesson's verdict (a teaching deck);
    /// false for a real backlog with no right answers.
    public var hasVerdicts: Bool { !cards.isEmpty && cards.allSatisfy { $0.verdict != nil } }
}
