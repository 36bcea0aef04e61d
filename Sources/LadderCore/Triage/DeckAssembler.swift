/// Turns the drafts a reader found into a deck: text is sanitised, ids are
/// allocated, contested cards are checked for both readings, and an empty
/// result is reported as an error.
enum DeckAssembler {
    /// A deck titled `title` from `drafts`; drafts whose title is blank after
    /// cleaning are skipped. Throws when no card is left, or when a card's
    /// readings do not match its verdict.
    static func deck(
        title: String, drafts: [CardDraft], file: String, expected: String
    ) throws(InputError) -> Deck {
        try assemble(title: title, drafts: drafts, file: file, expected: expected).deck
    }

    /// The deck, and for each of its cards the `source` of the draft it came from.
    static func assemble(
        title: String, drafts: [CardDraft], file: String, expected: String
    ) throws(InputError) -> (deck: Deck, sources: [Int]) {
        var builder = DeckBuilder(file: file, capacity: drafts.count)
        for draft in drafts { try builder.add(draft) }
        return try builder.finish(title: title, expected: expected)
    }
}

/// `DeckAssembler` one draft at a time, for readers that stream a large
/// file instead of holding every draft.
struct DeckBuilder {
    private let file: String
    private var allocator = CardIDAllocator()
    private var cards: [Card] = []
    private var sources: [Int] = []

    /// A builder whose errors name `file`, with room for `capacity` cards.
    init(file: String, capacity: Int = 0) {
        self.file = file
        cards.reserveCapacity(capacity)
        sources.reserveCapacity(capacity)
    }

    /// Adds the card `draft` describes; a draft whose title is blank after
    /// cleaning is skipped.
    mutating func add(_ draft: CardDraft) throws(InputError) {
        let cardTitle = CardText.line(draft.title)
        if cardTitle.isEmpty { return }
        let readings = try readings(of: draft)
        let id = allocator.allocate(key: draft.key, title: cardTitle, position: cards.count)
        cards.append(
            Card(
                id: id, title: cardTitle, detail: CardText.optionalBlock(draft.detail),
                verdict: draft.verdict, rationale: CardText.optionalLine(draft.rationale),
                chapter: draft.chapter, group: CardText.optionalLine(draft.group),
                weights: draft.weights, readings: readings))
        sources.append(draft.source)
    }

    /// The deck titled `title`; throws when no card was added.
    func finish(title: String, expected: String) throws(InputError) -> (deck: Deck, sources: [Int]) {
        guard !cards.isEmpty else {
            throw InputError(file: file, "no cards found; expected \(expected)")
        }
        let deckTitle = CardText.line(title)
        return (Deck(title: deckTitle.isEmpty ? "Backlog" : deckTitle, cards: cards), sources)
    }

    /// Both readings of a contested draft; nil for any other draft, which
    /// must then carry no reading.
    private func readings(of draft: CardDraft) throws(InputError) -> ContestedReadings? {
        let productive = CardText.optionalLine(draft.productiveReading)
        let advances = CardText.optionalLine(draft.advancesReading)
        guard draft.contested else {
            if productive != nil || advances != nil {
                throw InputError(
                    file: file, line: draft.line,
                    "readings belong to a contested card; give it the verdict contested "
                        + "([contested] in Markdown) or drop the readings")
            }
            return nil
        }
        guard let productive, let advances else {
            let missing = productive == nil ? "productive-reading" : "advances-reading"
            throw InputError(
                file: file, line: draft.line,
                "a contested card needs both readings; \(missing) is missing "
                    + "(one sentence each, naming the lesson's principle behind it)")
        }
        return ContestedReadings(productive: productive, advances: advances)
    }
}
