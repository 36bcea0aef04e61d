extension TriageSession {
    /// Every sorted card as a scorecard decision, in deck order. O(cards):
    /// for a live score use `scorecardTally` once and keep it up to date.
    public var scoredDecisions: [ScoredDecision] {
        zip(deck.cards, records).compactMap { card, record in
            record.placed.map { ScoredDecision(card: card, placed: $0) }
        }
    }

    /// The sorted cards as a running tally for the live scorecard.
    public var scorecardTally: ScorecardTally { ScorecardTally(decisions: scoredDecisions) }

    /// The decision on the card at deck index `index`, nil when it is
    /// unsorted or out of range.
    public func decision(at index: Int) -> ScoredDecision? {
        guard deck.cards.indices.contains(index), let placed = records[index].placed else { return nil }
        return ScoredDecision(card: deck.cards[index], placed: placed)
    }

    /// Deck indices of the sorted cards whose pile differs from the lesson's
    /// verdict, in deck order. O(cards).
    public var disagreementIndices: [Int] {
        records.indices.filter { agrees(at: $0) == false }
    }
}
