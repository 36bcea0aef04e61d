import FoundationEssentials

extension TriageExport {
    /// The report for `session` as pretty JSON with sorted keys, generated at
    /// `generatedAt`, with `scorecard` under `"scorecard"` when given.
    /// Absent values (an unsorted card's pile, agreement for a backlog
    /// without verdicts) are left out rather than written as null.
    public static func json(
        session: TriageSession, generatedAt: Date, scorecard: [String: Double]? = nil,
        reflections: [(id: String, answer: ReflectionAnswer)] = []
    ) -> Data {
        var report = JSONReport(session: session, generatedAt: generatedAt, scorecard: scorecard)
        if !reflections.isEmpty {
            report.reflections = ReflectionExport.entries(reflections)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(report)) ?? Data("{}\n".utf8)
    }
}

/// The JSON report's shape.
private struct JSONReport: Encodable {
    struct DeckInfo: Encodable {
        var title: String
        var cards: Int
        var idsHash: String
    }

    struct Split: Encodable {
        var productive: Int
        var advances: Int
        var unsorted: Int
    }

    struct Agreement: Encodable {
        var agreed: Int
        var judged: Int
        var percent: Int
        var peeked: Int
    }

    struct CardEntry: Encodable {
        var id: String
        var title: String
        var pile: Verdict?
        var position: Int?
        var lessonVerdict: Verdict?
        var agrees: Bool?
        var reveals: Int
        var undos: Int
        var skips: Int
        var secondsTaken: Double?
        var chapter: String?
        var group: String?
        var contested: Bool?
        var lessonReadings: ContestedReadings?
        var note: String?
        var peeked: Bool?
    }

    var deck: DeckInfo
    var generatedAt: String
    var sorted: Int
    var total: Int
    var split: Split
    var agreement: Agreement?
    var cards: [CardEntry]
    var candidatesNotToBuild: [String]?
    var scorecard: [String: Double]?
    var reflections: [ReflectionExport.Entry]?

    init(session: TriageSession, generatedAt: Date, scorecard: [String: Double]?) {
        let fingerprint = session.fingerprint
        deck = DeckInfo(title: fingerprint.title, cards: fingerprint.cardCount, idsHash: fingerprint.idsHash)
        self.generatedAt = TriageExport.timestamp(generatedAt)
        (sorted, total) = session.progress
        split = Split(
            productive: session.pileCount(.productive), advances: session.pileCount(.advances),
            unsorted: session.remaining)
        agreement = session.agreement.map {
            Agreement(agreed: $0.agreed, judged: $0.judged, percent: $0.percent, peeked: $0.peeked)
        }
        var positions = Array(repeating: 0, count: session.deck.cards.count)
        for verdict in Verdict.allCases {
            for (place, index) in session.pileIndices(verdict).enumerated() { positions[index] = place + 1 }
        }
        cards = session.deck.cards.enumerated().map { index, card in
            let record = session.records[index]
            return CardEntry(
                id: card.id, title: card.title, pile: record.placed,
                position: record.placed == nil ? nil : positions[index], lessonVerdict: card.verdict,
                agrees: session.agrees(at: index), reveals: record.reveals, undos: record.undos,
                skips: record.skips, secondsTaken: record.timeTaken, chapter: card.chapter, group: card.group,
                contested: card.isContested ? true : nil, lessonReadings: card.readings, note: record.note,
                peeked: record.peeked ? true : nil)
        }
        candidatesNotToBuild = session.agreement == nil ? session.pile(.productive).map(\.id) : nil
        self.scorecard = scorecard?.filter { $0.value.isFinite }
    }
}
