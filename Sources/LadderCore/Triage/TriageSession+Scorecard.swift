extension TriageSession {
    /// Every sorted card as a scorecard decision, in deck order. O(cards):
    /// for a live score use `scorecardTally` once and keep it up to date.
    public var scoredDecisions: [ScoredDecision] {
        // Over the records, so an unsorted card is never copied.
        records.indices.compactMap { records[$0].placed == nil ? nil : decision(at: $0) }
    }

    /// The sorted cards as a running tally for the live scorecard.
    public var scorecardTally: ScorecardTally { ScorecardTally(decisions: scoredDecisions) }

    /// The decision on the card at deck index `index`, nil when it is
    /// unsorted or out of range.
    public func decision(at index: Int) -> ScoredDecision? {
        guard deck.cards.indices.contains(index), let placed = records[index].placed else { return nil }
        return ScoredDecision(card: deck.cards[index], placed: placed, peeked: records[index].peeked)
    }

    /// The decision the next `undo` takes back, as it stands now (before the
    /// undo marks the card peeked because its feedback was seen); nil when
    /// the last move is a skip or there is none. A live tally removes this,
    /// so it takes away exactly what was added.
    public var decisionToUndo: ScoredDecision? {
        guard let move = history.last, case .sorted = move else { return nil }
        return decision(at: move.card)
    }

    /// Deck indices of the sorted cards whose pile differs from the lesson's
    /// verdict, in deck order. O(cards).
    public var disagreementIndices: [Int] {
        records.indices.filter { agrees(at: $0) == false }
    }
}
