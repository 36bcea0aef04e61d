/// A card as a reader found it, before its text is cleaned and its id is
/// settled. Readers fill drafts; `DeckAssembler` turns them into a deck.
struct CardDraft {
    /// The raw title.
    var title: String
    /// The 1-based line the card starts on, for error messages.
    var line: Int
    /// Where it stands in its source (a CSV row, a JSON array element), so
    /// a tracker's file can be written back with the card's verdict.
    var source = 0
    /// An identifier the source gave (a tracker key), if any.
    var key: String?
    /// Raw detail text.
    var detail: String?
    /// The lesson's verdict, already parsed.
    var verdict: Verdict?
    /// True when the source marked the card contested.
    var contested = false
    /// Raw text of the reading for "feels productive" (contested cards).
    var productiveReading: String?
    /// Raw text of the reading for "advances you" (contested cards).
    var advancesReading: String?
    /// Raw rationale text.
    var rationale: String?
    /// The chapter id, already checked.
    var chapter: String?
    /// Raw group name.
    var group: String?
    /// Weights, already parsed.
    var weights: LeverageWeights = .zero

    /// Creates a draft titled `title` that starts on `line`.
    init(title: String, line: Int) {
        self.title = title
        self.line = line
    }

    /// Sets the lesson's call: a verdict, contested, or none.
    mutating func apply(_ call: LessonCall?) {
        switch call {
        case .verdict(let verdict)?:
            self.verdict = verdict
            contested = false
        case .contested?:
            verdict = nil
            contested = true
        case nil:
            verdict = nil
            contested = false
        }
    }
}

/// What a deck says the lesson makes of a card.
enum LessonCall: Equatable {
    /// One pile, defensible from the card's chapter.
    case verdict(Verdict)
    /// Two of the lesson's principles pull apart; both readings are given.
    case contested
}
