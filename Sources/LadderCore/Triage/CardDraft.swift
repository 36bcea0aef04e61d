/// A card as a reader found it, before its text is cleaned and its id is
/// settled. Readers fill drafts; `DeckAssembler` turns them into a deck.
struct CardDraft {
    /// The raw title.
    var title: String
    /// The 1-based line the card starts on, for error messages.
    var line: Int
    /// An identifier the source gave (a tracker key), if any.
    var key: String?
    /// Raw detail text.
    var detail: String?
    /// The lesson's verdict, already parsed.
    var verdict: Verdict?
    /// Raw rationale text.
    var rationale: String?
    /// The chapter, already checked.
    var chapter: Int?
    /// Raw group name.
    var group: String?
    /// Weights, already parsed.
    var weights: LeverageWeights = .zero
}
