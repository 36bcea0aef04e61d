extension TriageSession {
    /// The deck indices of the sorted cards in the order they went on their
    /// piles (a card skipped first counts where it was sorted). O(sorted).
    public var sortedOrder: [Int] {
        var seen = Set<Int>()
        var order: [Int] = []
        // Walking back, the last time a card came up is the time it was sorted.
        for position in stride(from: head - 1, through: 0, by: -1) {
            let card = queue[position]
            guard seen.insert(card).inserted, records[card].placed != nil else { continue }
            order.append(card)
        }
        return order.reversed()
    }

    /// The cards a note can be written on, in the order they came up: the
    /// sorted ones as they were sorted, then the one up now.
    public var notableOrder: [Int] {
        sortedOrder + (currentIndex.map { [$0] } ?? [])
    }
}
