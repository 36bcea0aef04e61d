/// Turns the drafts a reader found into a deck: text is sanitised, ids are
/// allocated, and an empty result is reported as an error.
enum DeckAssembler {
    /// A deck titled `title` from `drafts`; drafts whose title is blank after
    /// cleaning are skipped. Throws when no card is left.
    static func deck(
        title: String, drafts: [CardDraft], file: String, expected: String
    ) throws(InputError) -> Deck {
        var allocator = CardIDAllocator()
        var cards: [Card] = []
        cards.reserveCapacity(drafts.count)
        for draft in drafts {
            let cardTitle = CardText.line(draft.title)
            if cardTitle.isEmpty { continue }
            let id = allocator.allocate(key: draft.key, title: cardTitle, position: cards.count)
            cards.append(
                Card(
                    id: id, title: cardTitle, detail: CardText.optionalBlock(draft.detail),
                    verdict: draft.verdict, rationale: CardText.optionalLine(draft.rationale),
                    chapter: draft.chapter, group: CardText.optionalLine(draft.group),
                    weights: draft.weights))
        }
        guard !cards.isEmpty else {
            throw InputError(file: file, "no cards found; expected \(expected)")
        }
        let deckTitle = CardText.line(title)
        return Deck(title: deckTitle.isEmpty ? "Backlog" : deckTitle, cards: cards)
    }
}
