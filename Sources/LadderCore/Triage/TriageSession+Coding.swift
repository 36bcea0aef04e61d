import FoundationEssentials

/// Saving and resuming. The encoded form holds the deck's fingerprint and
/// the session's state, not the cards: decoding needs the deck, which
/// `restore(from:deck:)` supplies (or put it in the decoder's `userInfo`
/// under `TriageSession.deckUserInfoKey`).
extension TriageSession: Codable {
    /// The `userInfo` key under which a decoder must find the `Deck`.
    public static let deckUserInfoKey = CodingUserInfoKey(rawValue: "ladder.triage.deck")

    /// The format version written; older or newer saves are refused.
    static let formatVersion = 1

    private enum CodingKeys: String, CodingKey {
        case version, fingerprint, queue, head, productive, advances, records, history, future, shownAt
        case showsFeedback
    }

    /// The session saved in `data`, nil when it belongs to another deck.
    /// Throws when the data is not a saved session or does not fit the deck.
    public static func restore(from data: Data, deck: Deck) throws(InputError) -> TriageSession? {
        let source = "saved triage session"
        let decoder = JSONDecoder()
        guard let header = try? decoder.decode(SavedHeader.self, from: data) else {
            throw InputError(file: source, "not a saved triage session, or damaged")
        }
        guard header.fingerprint == DeckFingerprint(deck: deck) else { return nil }
        guard header.version == formatVersion else {
            throw InputError(file: source, "saved by another version of ladder (format \(header.version))")
        }
        if let key = deckUserInfoKey { decoder.userInfo[key] = deck }
        do {
            return try decoder.decode(TriageSession.self, from: data)
        } catch {
            throw InputError(file: source, "damaged: its state does not fit the deck")
        }
    }

    /// The session as compact JSON for `restore(from:deck:)`.
    public func encoded() throws(InputError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            return try encoder.encode(self)
        } catch {
            throw InputError(file: "triage session", "cannot encode the session", kind: .ioFailure)
        }
    }

    /// Encodes the fingerprint and state (not the deck).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.formatVersion, forKey: .version)
        try container.encode(fingerprint, forKey: .fingerprint)
        try container.encode(queue, forKey: .queue)
        try container.encode(head, forKey: .head)
        try container.encode(productivePile, forKey: .productive)
        try container.encode(advancesPile, forKey: .advances)
        try container.encode(records, forKey: .records)
        try container.encode(history, forKey: .history)
        try container.encode(future, forKey: .future)
        try container.encode(shownAt, forKey: .shownAt)
        try container.encode(showsFeedback, forKey: .showsFeedback)
    }

    /// Decodes a session; the decoder's `userInfo` must hold its deck.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let key = Self.deckUserInfoKey, let deck = decoder.userInfo[key] as? Deck else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "use TriageSession.restore(from:deck:)"))
        }
        let fingerprint = try container.decode(DeckFingerprint.self, forKey: .fingerprint)
        guard fingerprint == DeckFingerprint(deck: deck),
            try container.decode(Int.self, forKey: .version) == Self.formatVersion
        else {
            throw DecodingError.dataCorruptedError(
                forKey: .fingerprint, in: container, debugDescription: "saved for another deck or version")
        }
        self.init(
            deck: deck, queue: try container.decode([Int].self, forKey: .queue),
            shownAt: try container.decode(Date.self, forKey: .shownAt))
        head = try container.decode(Int.self, forKey: .head)
        productivePile = try container.decode([Int].self, forKey: .productive)
        advancesPile = try container.decode([Int].self, forKey: .advances)
        records = try container.decode([CardRecord].self, forKey: .records).map(\.bounded)
        history = try container.decode([TriageMove].self, forKey: .history)
        future = try container.decode([TriageMove].self, forKey: .future)
        showsFeedback = try container.decodeIfPresent(Bool.self, forKey: .showsFeedback) ?? true
        guard isConsistent() else {
            throw DecodingError.dataCorruptedError(
                forKey: .queue, in: container, debugDescription: "the saved state does not fit the deck")
        }
        recountAgreement()
    }

    /// True when every card is exactly once either unsorted or on the pile
    /// its record names, and every index is in range.
    private func isConsistent() -> Bool {
        let count = deck.cards.count
        guard records.count == count, (0...queue.count).contains(head),
            queue.allSatisfy({ (0..<count).contains($0) }),
            (history + future).allSatisfy({ (0..<count).contains($0.card) })
        else { return false }
        var seen = Array(repeating: false, count: count)
        let placements: [(Int, Verdict?)] =
            queue[head...].map { ($0, nil) } + productivePile.map { ($0, .productive) }
            + advancesPile.map { ($0, .advances) }
        for (card, verdict) in placements {
            guard (0..<count).contains(card), !seen[card], records[card].placed == verdict else {
                return false
            }
            seen[card] = true
        }
        return !seen.contains(false)
    }

    /// Recomputes the agreement counters from the records.
    private mutating func recountAgreement() {
        agreedCount = 0
        judgedCount = 0
        peekedCount = 0
        for (card, record) in zip(deck.cards, records) {
            guard let lesson = card.verdict, let placed = record.placed else { continue }
            if record.peeked {
                peekedCount += 1
                continue
            }
            judgedCount += 1
            if lesson == placed { agreedCount += 1 }
        }
    }
}

/// The part of a save read first, to tell whose deck it is.
private struct SavedHeader: Decodable {
    var version: Int
    var fingerprint: DeckFingerprint
}
