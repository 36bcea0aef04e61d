import Foundation
import LadderCore
import Testing

/// The report's figures on a fixed set of results, worked out by hand below.
@Suite struct RoomReportTests {
    /// Card 1 advances, 2 feels productive, 3 is contested by design, 4 feels productive.
    static let deck = Deck(
        title: "Four",
        cards: [
            Card(id: "c1", title: "One", verdict: .advances, rationale: "Because one.", chapter: "one"),
            Card(
                id: "c2", title: "Two | pipe", verdict: .productive, rationale: "Because two.", chapter: "two"
            ),
            Card(
                id: "c3", title: "Three", chapter: "three",
                readings: ContestedReadings(productive: "Only motion.", advances: "The real move.")),
            Card(id: "c4", title: "Four", verdict: .productive, rationale: "Because four."),
        ])

    static func person(
        _ name: String, _ cards: [CardResult], scorecard: [String: Double], seed: UInt64 = 5
    ) -> ParticipantResults {
        ParticipantResults(
            deck: DeckFingerprint(deck: deck), seed: seed, room: "Room",
            participant: .init(id: "id-\(name)", name: name),
            times: .init(
                joinedAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 60)),
            answersHidden: true, cards: cards, agreement: nil, scorecard: scorecard)
    }

    /// Ana sorts all four, Bo three (peeking at card 2), Cy two, Dee none.
    static let people: [ParticipantResults] = [
        person(
            "Ana",
            [
                CardResult(id: "c1", pile: .advances),
                CardResult(id: "c2", pile: .advances, note: "it unblocks the team"),
                CardResult(id: "c3", pile: .productive), CardResult(id: "c4", pile: .productive),
            ], scorecard: ["problem": 60, "team": 40]),
        person(
            "Bo",
            [
                CardResult(id: "c1", pile: .advances), CardResult(id: "c2", pile: .productive, peeks: 1),
                CardResult(id: "c3", pile: .advances),
            ], scorecard: ["problem": 80]),
        person(
            "Cy",
            [
                CardResult(id: "c1", pile: .productive, note: "shipping is leverage"),
                CardResult(id: "c2", pile: .advances),
            ],
            scorecard: ["problem": 70, "team": 60]),
        person("Dee", [], scorecard: ["problem": 50]),
    ]

    private func report() -> RoomReport {
        RoomReport(
            title: "Room", round: Self.people[0].round, deck: Self.deck,
            results: Self.people.map { (file: "\($0.participant.name).json", results: $0) }, skipped: [])
    }

    @Test func splitsAndAgreementPerCardAreExact() {
        let cards = report().cards
        #expect(cards.map(\.productive) == [1, 1, 1, 1])
        #expect(cards.map(\.advances) == [2, 2, 1, 0])
        #expect(cards.map(\.unsorted) == [1, 1, 2, 3])
        #expect(cards.map(\.agreed) == [2, 0, 0, 1])
        #expect(cards.map(\.judged) == [3, 2, 0, 1], "a peek and a contested card do not count")
        #expect(cards.map(\.contestedByDesign) == [false, false, true, false])
        #expect(cards[0].notes == [RoomReport.Note(name: "Cy", text: "shipping is leverage")])
    }

    @Test func theMostContestedComeFirst() {
        let report = report()
        #expect(report.contestedOrder == [2, 0, 1, 3])
        #expect(report.discussion().map(\.id) == ["c3", "c1", "c2"], "a unanimous card is not a prompt")
    }

    @Test func participantsAndTheAverageScorecardAreExact() {
        let report = report()
        #expect(report.participants.map(\.sorted) == [4, 3, 2, 0])
        #expect(report.participants.map(\.agreed) == [2, 1, 0, 0])
        #expect(report.participants.map(\.judged) == [3, 1, 2, 0])
        #expect(report.participants.map(\.peeks) == [0, 1, 0, 0])
        #expect(report.participants.map(\.finished) == [true, false, false, false])
        #expect(
            report.scorecard == [
                .init(gauge: "problem", average: 70, participants: 3),
                .init(gauge: "team", average: 50, participants: 2),
            ], "Dee sorted nothing, so her neutral scorecard is left out")
    }

    @Test func markdownSaysTheFiguresInWords() {
        let text = report().markdown()
        #expect(
            text.hasPrefix(
                "# Room report: Room\n\n4 took part (1 sorted every card). Deck: Four, 4 cards, seed 5.\n"))
        #expect(text.contains("### 1. Three\n\n1 feels productive · 1 advances you · 2 unsorted\n"))
        #expect(
            text.contains(
                "- The lesson leaves this open (chapter: three).\n  - For “feels productive”: Only motion.\n"
                    + "  - For “advances you”: The real move."))
        #expect(text.contains("### 2. One\n"))
        #expect(
            text.contains(
                "- The lesson: advances you (chapter: one). Because one.\n- Cy: “shipping is leverage”"))
        #expect(text.contains("| Two \\| pipe | 1 | 2 | 1 | feels productive | 0% (0/2) |"))
        #expect(text.contains("| One | 1 | 2 | 1 | advances you | 67% (2/3) |"))
        #expect(text.contains("| Ana | 4/4 | 67% (2/3) | 0 |"))
        #expect(text.contains("| Dee | 0/4 | — | 0 |"))
        #expect(text.contains("| Problem | 70 | 3 |"))
    }

    @Test func csvAndJSONCarryTheSameFigures() throws {
        let report = report()
        let rows = report.csv().components(separatedBy: "\r\n")
        #expect(
            rows[0]
                == "kind,rank,id,name,productive,advances,unsorted,agreed,judged,agreement_percent,lesson,notes"
        )
        #expect(rows[1] == "card,2,c1,One,1,2,1,2,3,67,advances,Cy: shipping is leverage")
        #expect(rows[3] == "card,1,c3,Three,1,1,2,0,0,,open,")
        #expect(rows.contains("participant,,id-Bo,Bo,,,1,1,1,100,,"))
        #expect(rows.contains("gauge,,team,Team,,,,,2,50.0,,"))
        let json = try #require(try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        #expect(json["format"] as? String == "ladder-report")
        #expect(json["mostContested"] as? [String] == ["c3", "c1", "c2", "c4"])
        #expect((json["participants"] as? [Any])?.count == 4)
    }

    @Test func csvDefusesFormulasAndQuotes() {
        #expect(RoomReport.csvField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(RoomReport.csvField("-3") == "-3")
        #expect(RoomReport.csvField("a,b") == "\"a,b\"")
    }
}
