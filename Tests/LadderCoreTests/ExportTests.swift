import Foundation
import LadderCore
import Testing

@Suite struct ExportTests {
    private let time = DeckTestSupport.time

    /// Card 1 advances (agree, 5s); 3 productive after two reveals (differ,
    /// 67s, but peeked, so not counted); 4 sorted, undone and skipped
    /// (unsorted); 2 skipped, then productive (agree, 10s).
    private func session(verdicts: Bool = true) -> TriageSession {
        var deck = DeckTestSupport.deck(4, verdicts: verdicts)
        deck.cards[2].title = "Card *3* | piped"
        var session = TriageSession(deck: deck, startedAt: time(0))
        session.sort(.advances, at: time(5))
        session.skip(at: time(8))
        session.reveal(at: time(9))
        session.reveal(at: time(10))
        session.sort(.productive, at: time(75))
        session.sort(.productive, at: time(76))
        session.undo()
        session.skip(at: time(80))
        session.sort(.productive, at: time(90))
        return session
    }

    @Test func markdownReportsPilesAgreementAndExtra() {
        let text = TriageExport.markdown(
            session: session(), generatedAt: time(0), extra: "## Scorecard\n\nProblem: 3\n")
        let expected = """
            # Triage: Test deck

            Generated 2024-10-07T13:20:00Z.

            - Sorted: 3 of 4
            - Advances you: 1
            - Feels productive: 2
            - Not sorted yet: 1
            - Agreement with the lesson: 2 of 2 (100%); 1 peeked at first, left out
            - Reveals: 2 · undos: 1

            ## Advances you (1)

            - **Card 1** — lesson: advances you (agree) · 5s · 0 reveals · 0 undos

            ## Feels productive (2)

            - **Card \\*3\\* \\| piped** — lesson: advances you (peeked) · 1m 07s · 2 reveals · 0 undos
            - **Card 2** — lesson: feels productive (agree) · 10s · 0 reveals · 0 undos

            ## Where you and the lesson differ (1)

            - **Card \\*3\\* \\| piped** — you: feels productive; lesson: advances you. Because 3.

            ## Not sorted yet (1)

            - Card 4

            ## Scorecard

            Problem: 3

            """
        #expect(text == expected)
    }

    @Test func backlogWithoutVerdictsListsCandidatesNotToBuild() {
        let text = TriageExport.markdown(session: session(verdicts: false), generatedAt: time(0))
        #expect(text.contains("- Agreement with the lesson: no lesson verdicts in this deck"))
        #expect(text.contains("## Candidates not to build\n"))
        #expect(text.contains("\n- Card \\*3\\* \\| piped\n- Card 2\n"))
        #expect(!text.contains("Where you and the lesson differ"))
        #expect(!text.contains("(agree)"))
    }

    @Test func jsonHasSortedKeysAndEveryCard() throws {
        let data = TriageExport.json(
            session: session(), generatedAt: time(0), scorecard: ["problem": 0.5, "bad": .nan])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"agreement\" : {"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["generatedAt"] as? String == "2024-10-07T13:20:00Z")
        #expect(root["sorted"] as? Int == 3)
        #expect(root["total"] as? Int == 4)
        #expect(root["split"] as? [String: Int] == ["productive": 2, "advances": 1, "unsorted": 1])
        #expect(
            root["agreement"] as? [String: Int] == ["agreed": 2, "judged": 2, "percent": 100, "peeked": 1])
        #expect(root["scorecard"] as? [String: Double] == ["problem": 0.5])
        #expect(root["candidatesNotToBuild"] == nil)
        let cards = try #require(root["cards"] as? [[String: Any]])
        #expect(cards.count == 4)
        #expect(cards[2]["pile"] as? String == "productive")
        #expect(cards[2]["lessonVerdict"] as? String == "advances")
        #expect(cards[2]["agrees"] as? Bool == false)
        #expect(cards[2]["reveals"] as? Int == 2)
        #expect(cards[2]["secondsTaken"] as? Double == 67)
        #expect(cards[2]["position"] as? Int == 1)
        #expect(cards[1]["pile"] as? String == "productive")
        #expect(cards[1]["skips"] as? Int == 1)
        #expect(cards[1]["position"] as? Int == 2)
        #expect(cards[3]["undos"] as? Int == 1)
        #expect(cards[3]["pile"] == nil)
        #expect(cards[3]["position"] == nil)
    }

    @Test func jsonForBacklogNamesCandidates() throws {
        let data = TriageExport.json(session: session(verdicts: false), generatedAt: time(0))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["agreement"] == nil)
        #expect(root["candidatesNotToBuild"] as? [String] == ["card-3", "card-2"])
    }

    @Test func writeChoosesByExtensionAndRefusesOthers() throws {
        let folder = DeckTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = folder.appendingPathComponent("report.MD")
        try TriageExport.write(session: session(), to: markdown, generatedAt: time(0))
        #expect(try String(contentsOf: markdown, encoding: .utf8).hasPrefix("# Triage: Test deck"))
        let json = folder.appendingPathComponent("report.json")
        try TriageExport.write(session: session(), to: json, generatedAt: time(0), scorecard: ["team": 1])
        #expect(try String(contentsOf: json, encoding: .utf8).contains("\"team\" : 1"))
        let other = folder.appendingPathComponent("report.txt")
        do {
            try TriageExport.write(session: session(), to: other, generatedAt: time(0))
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "cannot export to a file with \".txt\"; use .md, .markdown or .json")
        }
    }
}
