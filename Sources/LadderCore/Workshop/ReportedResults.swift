import FoundationEssentials

/// A document with a format name and version, such as a results file.
protocol ResultsDocument {
    var format: String { get }
    var version: Int { get }
}

extension ParticipantResults: ResultsDocument {}

/// Results read for a report: every field but each card's times, which a
/// report never shows and which would only slow a big room down.
struct ReportedResults: Decodable, ResultsDocument {
    var results: ParticipantResults
    var format: String { results.format }
    var version: Int { results.version }

    private enum CodingKeys: String, CodingKey {
        case format, version, deck, seed, room, participant, times, answersHidden, cards, agreement, scorecard
    }

    /// A card with only what a report counts.
    private struct Card: Decodable {
        var id: String
        var pile: Verdict?
        var peeks: Int?
        var note: String?
        var agrees: Bool?
        var contested: Bool?
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try container.decode(String.self, forKey: .format)
        let version = try container.decode(Int.self, forKey: .version)
        let cards = try container.decode([Card].self, forKey: .cards).map {
            CardResult(
                id: $0.id, pile: $0.pile, peeks: $0.peeks ?? 0, note: $0.note, agrees: $0.agrees,
                contested: $0.contested)
        }
        results = ParticipantResults(
            deck: try container.decode(DeckFingerprint.self, forKey: .deck),
            seed: try container.decodeIfPresent(UInt64.self, forKey: .seed),
            room: try container.decodeIfPresent(String.self, forKey: .room),
            participant: try container.decode(ParticipantResults.Participant.self, forKey: .participant),
            times: try container.decode(ParticipantResults.Times.self, forKey: .times),
            answersHidden: try container.decodeIfPresent(Bool.self, forKey: .answersHidden) ?? false,
            cards: cards,
            agreement: try container.decodeIfPresent(TriageAgreement.self, forKey: .agreement),
            scorecard: try container.decodeIfPresent([String: Double].self, forKey: .scorecard) ?? [:])
        results.format = format
        results.version = version
    }
}
