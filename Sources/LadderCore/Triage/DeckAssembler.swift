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
    /// The file errors name.
    let file: String
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
        var clean = draft
        clean.title = CardText.line(draft.title)
        clean.key = draft.key.map(CardText.line)
        clean.detail = CardText.optionalBlock(draft.detail)
        clean.rationale = CardText.optionalLine(draft.rationale)
        clean.group = CardText.optionalLine(draft.group)
        clean.productiveReading = CardText.optionalLine(draft.productiveReading)
        clean.advancesReading = CardText.optionalLine(draft.advancesReading)
        try add(clean: clean)
    }

    /// Adds the card `draft` describes when its text is already clean: its
    /// title and key as `CardText.line` leaves them, its detail as
    /// `CardText.optionalBlock` and its other text as
    /// `CardText.optionalLine`. A draft with an empty title is skipped.
    mutating func add(clean draft: CardDraft) throws(InputError) {
        if draft.title.isEmpty { return }
        let readings = try readings(
            productive: draft.productiveReading, advances: draft.advancesReading, contested: draft.contested,
            line: draft.line)
        add(
            Card(
                id: "", title: draft.title, detail: draft.detail, verdict: draft.verdict,
                rationale: draft.rationale, chapter: draft.chapter, group: draft.group, weights: draft.weights
            ),
            key: draft.key, readings: readings, source: draft.source)
    }

    /// Adds `card`, clean and titled, with its id allocated from `key` (clean,
    /// as `CardText.line` leaves it) and `readings` checked by
    /// `readings(productive:advances:contested:line:)`. The card is moved
    /// into the deck, not copied.
    mutating func add(_ card: consuming Card, key: String?, readings: ContestedReadings?, source: Int) {
        var card = card
        card.id = allocator.allocate(cleanKey: key, title: card.title, position: cards.count)
        if let key, !key.isEmpty { card.trackerKey = key }
        card.readings = readings
        sources.append(source)
        cards.append(card)
    }

    /// How many cards have been added.
    var count: Int { cards.count }

    /// Makes room for about `count` more cards' ids, so a large file's ids
    /// are hashed once rather than again at each growth.
    mutating func reserveIDs(_ count: Int) {
        allocator.reserveCapacity(count)
    }

    /// The deck titled `title`; throws when no card was added.
    func finish(title: String, expected: String) throws(InputError) -> (deck: Deck, sources: [Int]) {
        guard !cards.isEmpty else {
            throw InputError(file: file, "no cards found; expected \(expected)")
        }
        let deckTitle = CardText.line(title)
        return (Deck(title: deckTitle.isEmpty ? "Backlog" : deckTitle, cards: cards), sources)
    }

    /// Both clean readings of a contested card; nil for any other card,
    /// which must then carry no reading. Errors name `line`.
    func readings(
        productive: String?, advances: String?, contested: Bool, line: Int
    ) throws(InputError) -> ContestedReadings? {
        guard contested else {
            if productive != nil || advances != nil {
                throw InputError(
                    file: file, line: line,
                    "readings belong to a contested card; give it the verdict contested "
                        + "([contested] in Markdown) or drop the readings")
            }
            return nil
        }
        guard let productive, let advances else {
            let missing = productive == nil ? "productive-reading" : "advances-reading"
            throw InputError(
                file: file, line: line,
                "a contested card needs both readings; \(missing) is missing "
                    + "(one sentence each, naming the lesson's principle behind it)")
        }
        return ContestedReadings(productive: productive, advances: advances)
    }
}
