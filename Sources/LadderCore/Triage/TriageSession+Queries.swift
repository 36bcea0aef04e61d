extension TriageSession {
    /// The cards on `verdict`'s pile, in the order they were placed.
    public func pile(_ verdict: Verdict) -> [Card] {
        pileIndices(verdict).map { deck.cards[$0] }
    }

    /// How many cards are on `verdict`'s pile.
    public func pileCount(_ verdict: Verdict) -> Int { pileIndices(verdict).count }

    /// The deck indices on `verdict`'s pile, in placement order.
    public func pileIndices(_ verdict: Verdict) -> [Int] {
        switch verdict {
        case .productive: productivePile
        case .advances: advancesPile
        }
    }

    /// The cards not yet sorted, in the order they will come up.
    public var unsorted: [Card] { queue[head...].map { deck.cards[$0] } }

    /// The record of the card with `id`, nil when the deck has no such card.
    public func record(for id: String) -> CardRecord? {
        indexByID.position(of: id).map { records[$0] }
    }

    /// The deck index of the card with `id`, nil when the deck has no such card.
    public func index(of id: String) -> Int? { indexByID.position(of: id) }

    /// How often the user agreed with the lesson so far; nil when no card in
    /// the deck carries a lesson verdict (a real backlog).
    public var agreement: TriageAgreement? {
        lessonVerdictCount == 0
            ? nil : TriageAgreement(agreed: agreedCount, judged: judgedCount, peeked: peekedCount)
    }

    /// Sorted cards whose pile differs from the lesson's verdict, in deck order.
    public var disagreements: [Card] {
        zip(deck.cards, records).compactMap { card, record in
            guard let lesson = card.verdict, let placed = record.placed, placed != lesson else { return nil }
            return card
        }
    }

    /// Whether the user's pile for the card at deck index `index` matches the
    /// lesson; nil when it is unsorted or has no lesson verdict.
    public func agrees(at index: Int) -> Bool? {
        guard deck.cards.indices.contains(index), let lesson = deck.cards[index].verdict,
            let placed = records[index].placed
        else { return nil }
        return lesson == placed
    }

    /// Deck indices of the sorted contested cards, in deck order: the cards
    /// the lesson argues both ways, which agreement leaves out.
    public var contestedIndices: [Int] {
        records.indices.filter { deck.cards[$0].isContested && records[$0].placed != nil }
    }
}
