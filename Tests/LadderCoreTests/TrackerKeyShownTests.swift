import Foundation
import LadderCore
import Testing

/// A real backlog's tracker key (Jira's `Issue key`, GitHub's `number`)
/// stays on the card, so items with the same title can be told apart in
/// the app and in the exports.
@Suite struct TrackerKeyShownTests {
    static let jira = """
        Issue key,Summary,Description
        PAY-101,Fix the checkout timeout,Customers see a spinner
        PAY-102,Fix the checkout timeout,The same words on another team's board
        ,Tidy the wiki,
        """

    static let github = """
        [{"number": 12, "title": "Speed up search", "state": "OPEN"},
         {"number": 13, "title": "Speed up search", "state": "OPEN"}]
        """

    @Test func aJiraKeyIsKeptAsGivenAndAnIssueNumberReadsAsHashNumber() throws {
        let jira = try DeckReader.read(text: Self.jira, name: "jira.csv")
        #expect(jira.cards.map(\.trackerLabel) == ["PAY-101", "PAY-102", nil])
        #expect(
            jira.cards.map(\.keyedTitle) == [
                "PAY-101 Fix the checkout timeout", "PAY-102 Fix the checkout timeout", "Tidy the wiki",
            ])
        let github = try DeckReader.read(text: Self.github, name: "gh.json")
        #expect(github.cards.map(\.trackerLabel) == ["#12", "#13"])
        #expect(BundledDeck.deck.cards.allSatisfy { $0.trackerKey == nil })
    }

    @Test func theMarkdownReportNamesEachItemByItsKey() throws {
        let deck = try DeckReader.read(text: Self.jira, name: "jira.csv")
        var session = TriageSession(deck: deck, startedAt: Date(timeIntervalSince1970: 0))
        session.sort(.advances, at: Date(timeIntervalSince1970: 1))
        session.sort(.productive, at: Date(timeIntervalSince1970: 2))
        let text = TriageExport.markdown(session: session, generatedAt: Date(timeIntervalSince1970: 3))
        #expect(text.contains("- **PAY-101 Fix the checkout timeout** — "))
        #expect(text.contains("- **PAY-102 Fix the checkout timeout** — "))
        #expect(text.contains("- PAY-102 Fix the checkout timeout\n"), "candidates not to build")
        #expect(text.contains("## Not sorted yet (1)\n\n- Tidy the wiki\n"))
    }
}
