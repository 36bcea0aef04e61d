import FoundationEssentials

extension ParticipantResults {
    /// The results of `session` so far: one entry per card something
    /// happened to, the agreement over judged cards and the scorecard.
    public init(
        session: TriageSession, seed: UInt64?, room: String?, participant: Participant, joinedAt: Date,
        now: Date, answersHidden: Bool, scorecard: [String: Double], rejoin: String? = nil
    ) {
        let sequences = session.sortSequence()
        let skippedAt = session.lastSkips()
        var cards: [CardResult] = []
        var agreed = 0
        var judged = 0
        for (index, card) in session.deck.cards.enumerated() {
            let record = session.records[index]
            let note = record.note.map { Sanitizer.clean($0) }.flatMap { $0.isEmpty ? nil : $0 }
            let touched =
                record.placed != nil || record.reveals + record.skips + record.undos > 0 || note != nil
            guard touched else { continue }
            let agrees = ContestedCards.agreement(card, pile: record.placed, peeks: record.reveals)
            if let agrees {
                judged += 1
                agreed += agrees ? 1 : 0
            }
            cards.append(
                CardResult(
                    id: card.id, pile: record.placed, sequence: sequences[index], seconds: record.timeTaken,
                    decidedAt: record.decidedAt, peeks: record.reveals, peekedAt: record.firstRevealedAt,
                    skips: record.skips, skippedAt: skippedAt[index], undos: record.undos, note: note,
                    agrees: agrees,
                    contested: card.isContested ? true : nil))
        }
        let finishedAt = session.isFinished ? session.records.compactMap(\.decidedAt).max() : nil
        self.init(
            deck: session.fingerprint, seed: seed, room: room, participant: participant,
            times: Times(joinedAt: joinedAt, updatedAt: now, finishedAt: finishedAt),
            answersHidden: answersHidden, cards: cards,
            agreement: session.deck.cards.contains { $0.verdict != nil }
                ? TriageAgreement(agreed: agreed, judged: judged) : nil,
            scorecard: scorecard.filter { $0.value.isFinite }, rejoin: rejoin)
    }
}

extension TriageSession {
    /// The place of each sorted card among the sorts (1 for the first), by deck index.
    func sortSequence() -> [Int: Int] {
        var sequence: [Int: Int] = [:]
        var count = 0
        for move in history {
            guard case .sorted(let card, _, _, _) = move, records[card].placed != nil else { continue }
            count += 1
            sequence[card] = count
        }
        // Cards on a pile without a move in the history (none in practice)
        // follow, in the order they were decided.
        let rest = records.indices.filter { records[$0].placed != nil && sequence[$0] == nil }
            .sorted { (records[$0].decidedAt ?? .distantPast) < (records[$1].decidedAt ?? .distantPast) }
        for card in rest {
            count += 1
            sequence[card] = count
        }
        return sequence
    }

    /// When each card was last skipped, by deck index.
    func lastSkips() -> [Int: Date] {
        var skips: [Int: Date] = [:]
        for move in history {
            if case .skipped(let card, _, let date) = move { skips[card] = date }
        }
        return skips
    }

    /// The session `results` describe, over `deck` with the unsorted cards
    /// in `order`: sorted cards go back on their piles in the order they
    /// were sorted (so undo still works), and the next card is shown at `now`.
    /// Throws when the results name cards the deck does not have.
    public static func resuming(
        _ results: ParticipantResults, deck: Deck, order: [Int], now: Date, file: String
    ) throws(InputError) -> TriageSession {
        guard results.deck == DeckFingerprint(deck: deck) else {
            throw InputError(file: file, "these results are for another deck")
        }
        var probe = TriageSession(deck: deck, queue: [], shownAt: now)
        var entries: [(index: Int, result: CardResult)] = []
        var seen = Set<Int>()
        for result in results.cards {
            guard let index = probe.index(of: result.id), seen.insert(index).inserted else {
                throw InputError(file: file, "card '\(result.id)' is not in the deck, or named twice")
            }
            entries.append((index, result))
        }
        let sorted = entries.filter { $0.result.pile != nil }
            .sorted { ($0.result.sequence ?? .max, $0.index) < ($1.result.sequence ?? .max, $1.index) }
        probe = TriageSession(
            deck: deck, queue: sorted.map(\.index) + upNext(entries, order: order), shownAt: now)
        for (index, result) in sorted {
            guard let pile = result.pile else { continue }
            let decided = result.decidedAt ?? now
            probe.markShown(at: decided.addingTimeInterval(-(result.seconds ?? 0)))
            probe.records[index].peeked = result.peeks > 0
            probe.sort(pile, at: decided)
            probe.records[index].timeTaken = result.seconds
        }
        for (index, result) in entries {
            probe.records[index].reveals = max(0, result.peeks)
            probe.records[index].peeked = result.peeks > 0
            probe.records[index].firstRevealedAt = result.peekedAt
            probe.records[index].note = result.note
            probe.records[index].skips = max(0, result.skips)
            probe.records[index].undos = max(0, result.undos)
            probe.records[index] = probe.records[index].bounded
        }
        probe.markShown(at: now)
        return probe
    }

    /// The unsorted cards in the order they come up: those never skipped in
    /// `order`, then the skipped ones in the order they were last skipped
    /// (a skip sends a card to the back).
    private static func upNext(_ entries: [(index: Int, result: CardResult)], order: [Int]) -> [Int] {
        var sorted = Set<Int>()
        var skipped: [(index: Int, at: Date)] = []
        for (index, result) in entries {
            if result.pile != nil {
                sorted.insert(index)
            } else if result.skips > 0 {
                skipped.append((index, result.skippedAt ?? .distantPast))
            }
        }
        let skippedSet = Set(skipped.map(\.index))
        let fresh = order.filter { !sorted.contains($0) && !skippedSet.contains($0) }
        return fresh + skipped.sorted { ($0.at, $0.index) < ($1.at, $1.index) }.map(\.index)
    }
}

extension TriageSession {
    /// A fresh session over `deck` whose cards come up in `order` (deck
    /// indices, such as a room's seeded order); deck order when `order` is
    /// not a permutation of the deck's indices.
    public init(deck: Deck, order: [Int], startedAt: Date) {
        let valid = order.count == deck.cards.count && order.sorted() == Array(deck.cards.indices)
        self.init(deck: deck, queue: valid ? order : Array(deck.cards.indices), shownAt: startedAt)
    }
}
