import FoundationEssentials

/// Reads a results file for a report straight from its bytes: the same
/// fields as `ReportedResults` (each card's pile, peeks, note and
/// agreement; its times are skipped), several times faster than
/// `JSONDecoder` over a room of hundreds. It reads only files it fully
/// understands; for anything else it returns nil and the caller decodes
/// the file the slow way, which says exactly what is wrong with it.
enum ResultsScanner {
    /// The results in `data`, nil when the quick reader cannot vouch for them.
    static func results(_ data: Data) -> ParticipantResults? {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var reader = JSONBytes(bytes)
            var document = Document()
            do throws(JSONBytes.Refused) {
                try reader.object { (reader: inout JSONBytes, key: JSONBytes.Key) throws(JSONBytes.Refused) in
                    try document.take(key, from: &reader)
                }
                guard reader.atEnd() else { return nil }
                return try document.results()
            } catch {
                return nil
            }
        }
    }

    /// The top-level fields as they are read.
    private struct Document {
        var seen = Set<String>()
        var format: String?
        var version: Int?
        var deck: DeckFingerprint?
        var seed: UInt64?
        var room: String?
        var participant: ParticipantResults.Participant?
        var times: ParticipantResults.Times?
        var answersHidden = false
        var cards: [CardResult]?
        var agreement: TriageAgreement?
        var scorecard: [String: Double] = [:]

        /// Reads the value of `key`; a key seen twice is refused.
        mutating func take(_ key: JSONBytes.Key, from reader: inout JSONBytes) throws(JSONBytes.Refused) {
            guard seen.insert(key.text).inserted else { throw JSONBytes.Refused() }
            switch key {
            case "format": format = try reader.string()
            case "version": version = try reader.int()
            case "deck": deck = try ResultsScanner.fingerprint(&reader)
            case "seed": seed = try reader.takeNull() ? nil : reader.unsigned()
            case "room": room = try reader.takeNull() ? nil : reader.string()
            case "participant": participant = try ResultsScanner.participant(&reader)
            case "times": times = try ResultsScanner.times(&reader)
            case "answersHidden": answersHidden = try reader.takeNull() ? false : reader.bool()
            case "cards": cards = try ResultsScanner.cards(&reader)
            case "agreement": agreement = try reader.takeNull() ? nil : ResultsScanner.agreement(&reader)
            case "scorecard": scorecard = try reader.takeNull() ? [:] : ResultsScanner.gauges(&reader)
            default: try reader.skipValue()
            }
        }

        /// The results, when every required field was there and the file is
        /// of this ladder's format and version.
        func results() throws(JSONBytes.Refused) -> ParticipantResults {
            guard format == ParticipantResults.formatName, version == ParticipantResults.currentVersion,
                let deck, let participant, let times, let cards
            else { throw JSONBytes.Refused() }
            return ParticipantResults(
                deck: deck, seed: seed, room: room, participant: participant, times: times,
                answersHidden: answersHidden, cards: cards, agreement: agreement, scorecard: scorecard)
        }
    }

    private static func fingerprint(_ reader: inout JSONBytes) throws(JSONBytes.Refused) -> DeckFingerprint {
        var title: String?
        var count: Int?
        var hash: String?
        try fields(&reader) { (reader: inout JSONBytes, key: JSONBytes.Key) throws(JSONBytes.Refused) in
            switch key {
            case "title": title = try reader.string()
            case "cardCount": count = try reader.int()
            case "idsHash": hash = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let title, let count, let hash else { throw JSONBytes.Refused() }
        return DeckFingerprint(title: title, cardCount: count, idsHash: hash)
    }

    private static func participant(_ reader: inout JSONBytes) throws(JSONBytes.Refused)
        -> ParticipantResults.Participant
    {
        var id: String?
        var name: String?
        try fields(&reader) { (reader: inout JSONBytes, key: JSONBytes.Key) throws(JSONBytes.Refused) in
            switch key {
            case "id": id = try reader.string()
            case "name": name = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let id, let name else { throw JSONBytes.Refused() }
        return .init(id: id, name: name)
    }

    private static func times(_ reader: inout JSONBytes) throws(JSONBytes.Refused) -> ParticipantResults.Times
    {
        var found: [String: Date] = [:]
        try fields(&reader) { (reader: inout JSONBytes, key: JSONBytes.Key) throws(JSONBytes.Refused) in
            switch key {
            case "joinedAt", "updatedAt", "finishedAt":
                guard try !reader.takeNull() else { return }
                guard let date = ResultsDates.date(try reader.string()) else { throw JSONBytes.Refused() }
                found[key.text] = date
            default: try reader.skipValue()
            }
        }
        guard let joined = found["joinedAt"], let updated = found["updatedAt"] else {
            throw JSONBytes.Refused()
        }
        return .init(joinedAt: joined, updatedAt: updated, finishedAt: found["finishedAt"])
    }

    private static func agreement(_ reader: inout JSONBytes) throws(JSONBytes.Refused) -> TriageAgreement {
        var counts: [String: Int] = [:]
        try fields(&reader) { (reader: inout JSONBytes, key: JSONBytes.Key) throws(JSONBytes.Refused) in
            switch key {
            case "agreed", "judged", "peeked": counts[key.text] = try reader.int()
            default: try reader.skipValue()
            }
        }
        guard let agreed = counts["agreed"], let judged = counts["judged"], let peeked = counts["peeked"]
        else {
            throw JSONBytes.Refused()
        }
        return TriageAgreement(agreed: agreed, judged: judged, peeked: peeked)
    }

    private static func gauges(_ reader: inout JSONBytes) throws(JSONBytes.Refused) -> [String: Double] {
        var values: [String: Double] = [:]
        try reader.object { (reader: inout JSONBytes, key: JSONBytes.Key) throws(JSONBytes.Refused) in
            guard values.updateValue(try reader.double(), forKey: key.text) == nil else {
                throw JSONBytes.Refused()
            }
        }
        return values
    }

    private static func cards(_ reader: inout JSONBytes) throws(JSONBytes.Refused) -> [CardResult] {
        var cards: [CardResult] = []
        try reader.array { (reader: inout JSONBytes) throws(JSONBytes.Refused) in
            cards.append(try card(&reader))
        }
        return cards
    }

    /// The keys of a card a report reads, in the order `card` numbers them.
    private static let cardKeys: [StaticString] = ["id", "pile", "peeks", "note", "agrees", "contested"]

    /// A card with only what a report counts; its times are skipped.
    private static func card(_ reader: inout JSONBytes) throws(JSONBytes.Refused) -> CardResult {
        var id: String?
        var card = CardResult(id: "")
        var seen: UInt8 = 0
        try reader.object { (reader: inout JSONBytes, key: JSONBytes.Key) throws(JSONBytes.Refused) in
            guard let field = cardKeys.firstIndex(where: { key == $0 }) else { return try reader.skipValue() }
            guard seen & (1 << field) == 0 else { throw JSONBytes.Refused() }
            seen |= 1 << field
            if try reader.takeNull() {
                guard field != 0 else { throw JSONBytes.Refused() }
                return
            }
            switch field {
            case 0: id = try reader.string()
            case 1:
                guard let pile = Verdict(rawValue: try reader.string()) else { throw JSONBytes.Refused() }
                card.pile = pile
            case 2: card.peeks = try reader.int()
            case 3: card.note = try reader.string()
            case 4: card.agrees = try reader.bool()
            default: card.contested = try reader.bool()
            }
        }
        guard let id else { throw JSONBytes.Refused() }
        card.id = id
        return card
    }

    /// Walks an object whose keys must each come once.
    private static func fields(
        _ reader: inout JSONBytes, _ body: (inout JSONBytes, JSONBytes.Key) throws(JSONBytes.Refused) -> Void
    ) throws(JSONBytes.Refused) {
        var seen: [String] = []
        try reader.object { (reader: inout JSONBytes, key: JSONBytes.Key) throws(JSONBytes.Refused) in
            let text = key.text
            guard !seen.contains(text) else { throw JSONBytes.Refused() }
            seen.append(text)
            try body(&reader, key)
        }
    }
}

extension DeckFingerprint {
    /// A fingerprint read from a file.
    init(title: String, cardCount: Int, idsHash: String) {
        self.title = title
        self.cardCount = cardCount
        self.idsHash = idsHash
    }
}
