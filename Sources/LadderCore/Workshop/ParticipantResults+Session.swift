import Foundation

extension ParticipantResults {
    /// The results of `session` so far: one entry per card something
    /// happened to, the agreement over judged cards and the scorecard.
    /// `notes` holds each card's one-line note by deck index.
    public init(
        session: TriageSession, seed: UInt64?, room: String?, participant: Participant, joinedAt: Date,
        now: Date, answersHidden: Bool, scorecard: [String: Double], notes: [Int: String] = [:],
        rejoin: String? = nil
    ) {
        let sequences = session.sortSequence()
        var cards: [CardResult] = []
        var agreed = 0
        var judged = 0
        for (index, card) in session.deck.cards.enumerated() {
            let record = session.records[index]
            let note = notes[index].map { Sanitizer.clean($0) }.flatMap { $0.isEmpty ? nil : $0 }
            let touched = record.placed != nil || record.reveals + record.skips + record.undos > 0 || note != nil
            guard touched else { continue }
            let agrees = ContestedCards.agreement(card, pile: record.placed, peeks: record.reveals)
            if let agrees {
                judged += 1
                agreed += agrees ? 1 : 0
            }
            cards.append(
                CardResult(
                    id: card.id, pile: record.placed, sequence: sequences[index], seconds: record.timeTaken,
                    decidedAt: record.decidedAt, peeks: record.reveals, skips: record.skips,
                    undos: record.undos, note: note, agrees: agrees,
                    contested: ContestedCards.isContested(card) ? true : nil))
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
        let sortedSet = Set(sorted.map(\.index))
        probe = TriageSession(
            deck: deck, queue: sorted.map(\.index) + order.filter { !sortedSet.contains($0) }, shownAt: now)
        for (index, result) in sorted {
            guard let pile = result.pile else { continue }
            let decided = result.decidedAt ?? now
            probe.markShown(at: decided.addingTimeInterval(-(result.seconds ?? 0)))
            probe.sort(pile, at: decided)
            probe.records[index].timeTaken = result.seconds
        }
        for (index, result) in entries {
            probe.records[index].reveals = max(0, result.peeks)
            probe.records[index].skips = max(0, result.skips)
            probe.records[index].undos = max(0, result.undos)
        }
        probe.markShown(at: now)
        return probe
    }
}
