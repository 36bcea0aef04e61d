/// The line of feedback after a card is sorted: how the call compares with
/// the lesson, the reason in a sentence, and the chapter behind it.
public struct TriageFeedback: Equatable, Sendable {
    /// How the call compares with the lesson.
    public enum Outcome: Equatable, Sendable {
        /// The same pile as the lesson.
        case agreed
        /// The other pile from the lesson's.
        case differed
        /// A contested card: the lesson argues for both piles.
        case contested
        /// A card the lesson has no call on (a real backlog).
        case noCall
    }

    /// The deck index of the card.
    public var index: Int
    /// The pile the user chose.
    public var placed: Verdict
    /// How that compares with the lesson.
    public var outcome: Outcome
    /// The lesson's pile, when it has one.
    public var lesson: Verdict?
    /// True when the answer was seen before sorting: left out of agreement.
    public var peeked: Bool
    /// The reason in one sentence: the lesson's rationale, or for a contested
    /// card the reading behind the chosen pile. Nil when there is none.
    public var reason: String?
    /// The id of the chapter behind it, if the card names one.
    public var chapter: String?

    /// Creates feedback.
    public init(
        index: Int, placed: Verdict, outcome: Outcome, lesson: Verdict?, peeked: Bool, reason: String?,
        chapter: String?
    ) {
        self.index = index
        self.placed = placed
        self.outcome = outcome
        self.lesson = lesson
        self.peeked = peeked
        self.reason = reason
        self.chapter = chapter
    }

    /// The first sentence of `text`: up to the first `.`, `!` or `?` that is
    /// followed by a space (or the end), so "e.g. this" stays whole enough.
    public static func firstSentence(_ text: String) -> String {
        let characters = Array(text)
        for (position, character) in characters.enumerated() where ".!?".contains(character) {
            let next = position + 1
            if next == characters.count { return text }
            guard characters[next] == " ", next + 1 < characters.count,
                characters[next + 1].isUppercase
            else { continue }
            return String(characters[...position])
        }
        return text
    }
}

extension TriageSession {
    /// The feedback for the sorted card at deck index `index`; nil when it is
    /// not sorted or when answers are hidden (`showsFeedback` is off).
    public func feedback(at index: Int) -> TriageFeedback? {
        guard showsFeedback, deck.cards.indices.contains(index), let placed = records[index].placed else {
            return nil
        }
        let card = deck.cards[index]
        let outcome: TriageFeedback.Outcome
        var reason = card.rationale
        if let readings = card.readings {
            outcome = .contested
            reason = readings.reading(for: placed)
        } else if let lesson = card.verdict {
            outcome = lesson == placed ? .agreed : .differed
        } else {
            outcome = .noCall
        }
        return TriageFeedback(
            index: index, placed: placed, outcome: outcome, lesson: card.verdict,
            peeked: records[index].peeked, reason: reason.map(TriageFeedback.firstSentence),
            chapter: card.chapter)
    }

    /// The feedback for the card sorted by the last move, nil when the last
    /// move was a skip, there is none, or answers are hidden.
    public var lastFeedback: TriageFeedback? {
        guard case .sorted(let card, _, _, _) = history.last else { return nil }
        return feedback(at: card)
    }
}

extension TriageSession {
    /// The deck index of the card the last move sorted, nil when the last
    /// move was a skip or there is none.
    public var lastSortedIndex: Int? {
        guard case .sorted(let card, _, _, _) = history.last else { return nil }
        return card
    }
}
