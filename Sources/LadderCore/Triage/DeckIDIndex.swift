import Synchronization

/// A deck's card positions by id, built the first time an id is looked up
/// (an export, a resumed workshop round), so that opening a large deck
/// hashes its ids once, to allocate them, and not again for the session.
/// Shared by every copy of a session; safe to use from any thread.
final class DeckIDIndex: Sendable {
    private let cards: [Card]
    private let index = Mutex<[String: Int]?>(nil)

    /// The index of `cards`, not built yet.
    init(cards: [Card]) {
        self.cards = cards
    }

    /// The position of the first card with `id`, nil when none has it.
    func position(of id: String) -> Int? {
        index.withLock { index in
            if index == nil { index = Self.build(cards) }
            return index?[id]
        }
    }

    /// Every id's first position: last to first, so an earlier card with
    /// the same id overwrites a later one, with one hash per card.
    private static func build(_ cards: [Card]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(cards.count)
        for position in cards.indices.reversed() {
            index[cards[position].id] = position
        }
        return index
    }
}

extension DeckIDIndex: Equatable {
    /// Always equal: an index is derived from its session's deck, which the
    /// session compares itself.
    static func == (lhs: DeckIDIndex, rhs: DeckIDIndex) -> Bool { true }
}
