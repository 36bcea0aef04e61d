/// Who a deck is, for resuming: its title, its size and a hash of its card
/// ids in order. Editing a card's text keeps the fingerprint; adding,
/// removing, renaming (when the id is a slug) or reordering cards changes it.
public struct DeckFingerprint: Codable, Equatable, Hashable, Sendable {
    /// The deck's title.
    public var title: String
    /// How many cards it holds.
    public var cardCount: Int
    /// A 64-bit FNV-1a hash of the card ids in order, as 16 hex digits.
    public var idsHash: String

    /// The fingerprint of `deck`.
    public init(deck: Deck) {
        title = deck.title
        cardCount = deck.cards.count
        var hasher = StableHash()
        for card in deck.cards {
            hasher.combine(card.id)
        }
        idsHash = hasher.hex
    }

    /// A file-name stem unique to this fingerprint: a slug of the title and
    /// a hash of the whole fingerprint, such as `output-or-leverage-3f0a…`.
    public var fileStem: String {
        var hasher = StableHash()
        hasher.combine(title)
        hasher.combine(String(cardCount))
        hasher.combine(idsHash)
        let slug = String(CardIDAllocator.slug(title).prefix(40))
        return (slug.isEmpty ? "deck" : slug) + "-" + hasher.hex
    }
}

/// FNV-1a over UTF-8, 64 bits: the same on every run and machine, unlike
/// `Hasher`, so it can name files and mark saved state.
struct StableHash {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds `text` and a separator that cannot occur in sanitised text.
    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes { add(byte) }
        }
        add(0x1F)
    }

    /// The hash as 16 lowercase hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }
}
