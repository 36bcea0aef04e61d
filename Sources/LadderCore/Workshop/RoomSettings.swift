import FoundationEssentials

/// A room's settings, written once by `ladder room create` as `room.json`:
/// which deck is sorted, in which order, for how long, and how.
public struct RoomSettings: Codable, Equatable, Sendable {
    /// The settings format this ladder writes and reads.
    public static let currentVersion = 1

    /// The settings format version.
    public var version: Int
    /// The room's title, shown on every screen of the round.
    public var title: String
    /// The deck the room sorts, as it was when the room was created.
    public var deck: DeckFingerprint
    /// The deck's file inside the room, such as `deck.md`.
    public var deckFile: String
    /// The name the deck's file had, which gives an untitled deck its title.
    public var deckSourceName: String
    /// The seed of the card order, from 0 to `SeededOrder.largestSeed`.
    public var seed: UInt64
    /// The round's length in seconds, nil for an untimed round.
    public var timerSeconds: TimeInterval?
    /// True when the lesson's verdicts stay hidden until the facilitator reveals them.
    public var hideAnswers: Bool
    /// True when participants run restricted: no files opened, no exports
    /// outside the room, no other participant's results.
    public var restricted: Bool
    /// When the room was created.
    public var createdAt: Date

    /// Creates settings in the current format.
    public init(
        title: String, deck: DeckFingerprint, deckFile: String, deckSourceName: String, seed: UInt64,
        timerSeconds: TimeInterval?, hideAnswers: Bool, restricted: Bool, createdAt: Date
    ) {
        version = Self.currentVersion
        self.title = title
        self.deck = deck
        self.deckFile = deckFile
        self.deckSourceName = deckSourceName
        self.seed = seed
        self.timerSeconds = timerSeconds
        self.hideAnswers = hideAnswers
        self.restricted = restricted
        self.createdAt = createdAt
    }

    /// True when participants wait for the facilitator to start the round:
    /// a timed round starts together; an untimed one is open at once.
    public var waitsForStart: Bool { timerSeconds != nil }
}
