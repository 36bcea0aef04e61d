/// The teaching deck shipped inside the binary (`Content/deck.md`): backlog
/// items and habits with the lesson's verdict, rationale, chapter and
/// weights. The file's format is documented at its top and in
/// `MarkdownDeckReader`.
public enum BundledDeck {
    /// The shipped file's name for `ShippedContent`.
    public static let fileName = "content/deck.md"

    /// The bundled deck, parsed once; an empty deck titled as usual if the
    /// shipped file were missing or broken (the tests make sure it is not).
    public static let deck: Deck = (try? load()) ?? Deck(title: "Output or leverage?", cards: [])

    /// Parses the shipped deck, reporting any problem with its line.
    public static func load() throws(InputError) -> Deck {
        guard let text = ShippedContent.file(fileName) else {
            throw InputError(file: fileName, "the bundled deck is missing from this build", kind: .noInput)
        }
        return try DeckReader.read(text: text, name: fileName, format: .markdown)
    }
}
