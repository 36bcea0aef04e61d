import FoundationEssentials
import Glibc

/// What `ladder room create` asks for.
public struct RoomRequest: Sendable {
    /// Where the deck comes from.
    public enum DeckSource: Sendable, Equatable {
        /// The deck built into ladder.
        case bundled
        /// A backlog file (CSV, Markdown or JSON).
        case file(URL)
    }

    /// The deck.
    public var deck: DeckSource
    /// The seed of the card order.
    public var seed: UInt64
    /// The round's length in seconds, nil for untimed.
    public var timerSeconds: TimeInterval?
    /// Hide the lesson's verdicts until the reveal.
    public var hideAnswers: Bool
    /// The title, nil for the deck's.
    public var title: String?
    /// Participants run restricted.
    public var restricted: Bool

    /// Creates a request.
    public init(
        deck: DeckSource, seed: UInt64, timerSeconds: TimeInterval?, hideAnswers: Bool, title: String?,
        restricted: Bool
    ) {
        self.deck = deck
        self.seed = seed
        self.timerSeconds = timerSeconds
        self.hideAnswers = hideAnswers
        self.title = title
        self.restricted = restricted
    }
}

extension RoomFolder {
    /// Creates the room: checks the deck, copies it in, writes the settings,
    /// a fresh control file and an empty results folder (setgid, so results
    /// take the room's group). The folder may exist but must hold no room.
    @discardableResult
    public func create(_ request: RoomRequest, now: Date) throws(InputError) -> RoomSettings {
        let (deck, text, fileName) = try Self.deckText(request.deck)
        guard !deck.cards.isEmpty else {
            throw InputError(file: fileName, "the deck has no cards")
        }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: resultsFolder, withIntermediateDirectories: true)
        } catch {
            throw InputError(file: url.path, "cannot create the room folder", kind: .ioFailure)
        }
        chmod(resultsFolder.path, 0o2770)
        let title = request.title.map { Sanitizer.clean($0).trimmingSpaces() }
        let settings = RoomSettings(
            title: (title?.isEmpty ?? true) ? deck.title : title ?? deck.title,
            deck: DeckFingerprint(deck: deck), deckFile: fileName,
            deckSourceName: Self.sourceName(request.deck),
            seed: request.seed, timerSeconds: request.timerSeconds, hideAnswers: request.hideAnswers,
            restricted: request.restricted, createdAt: now)
        try DurableFile.write(
            Data(text.utf8), to: url.appendingPathComponent(fileName), mode: DurableFile.roomMode)
        try save(RoomControl(settings: settings))
        try DurableFile.write(try Self.encode(settings), to: settingsURL, mode: DurableFile.roomMode)
        return settings
    }

    /// The deck, its text, and the file name it gets in the room.
    private static func deckText(_ source: RoomRequest.DeckSource) throws(InputError) -> (
        Deck, String, String
    ) {
        switch source {
        case .bundled:
            let deck = try BundledDeck.load()
            guard let text = ShippedContent.file(BundledDeck.fileName) else {
                throw InputError(file: BundledDeck.fileName, "the bundled deck is missing", kind: .noInput)
            }
            return (deck, text, "deck.md")
        case .file(let url):
            let deck = try DeckReader.read(url: url)
            guard let data = FileManager.default.contents(atPath: url.path),
                let text = String(data: data, encoding: .utf8)
            else { throw InputError(file: url.path, "cannot read the file", kind: .noInput) }
            let suffix = url.pathExtension.lowercased()
            let known = ["csv", "md", "markdown", "json", "txt", "tsv"]
            return (deck, text, "deck." + (known.contains(suffix) ? suffix : "txt"))
        }
    }

    private static func sourceName(_ source: RoomRequest.DeckSource) -> String {
        switch source {
        case .bundled: "bundled"
        case .file(let url): url.lastPathComponent
        }
    }
}
