import Foundation
import LadderCore
import Testing

/// Column detection on the shapes real trackers export: which column is the
/// title, the detail, the key and the group, and which rows are done.
@Suite struct TrackerColumnTests {
    @Test func jiraKeysRepeatedLabelsQuotedNewlinesAndResolvedRowsLeftOut() throws {
        let deck = try TrackerFixtures.backlog("jira-backlog.csv").deck
        #expect(deck.title == "jira-backlog")
        #expect(deck.cards.map(\.id) == ["PAY-412", "PAY-398", "PAY-420", "PAY-431", "PAY-433"])
        let spinner = deck.cards[0]
        #expect(spinner.title == "Checkout spinner never stops when the card is declined")
        #expect(spinner.group == "checkout, customer-reported")
        #expect(spinner.detail?.hasPrefix("Steps:\n1. Add any item") == true)
        #expect(spinner.detail?.contains("(Zendesk macro \"declined-loop\")") == true)
        #expect(deck.cards[1].title == "Move invoices off the legacy cron box, then switch it off")
        #expect(deck.cards[3].title.hasSuffix("(promised in the renewal call, “before Q1”)"))
        #expect(deck.cards[3].group == "sales-commit, enterprise, nordics")
        #expect(deck.cards[4].title.hasSuffix("fraud scoring? 🤔"))
        #expect(!deck.hasVerdicts)
        #expect(deck.cards.allSatisfy { $0.verdict == nil && $0.chapter == nil })
    }

    @Test func linearQuotesEveryFieldAndCanceledIssuesAreLeftOut() throws {
        let deck = try TrackerFixtures.backlog("linear-issues.csv").deck
        #expect(deck.cards.map(\.id) == ["GRO-88", "GRO-91", "GRO-95", "GRO-97", "GRO-99"])
        #expect(deck.cards[0].title == "Weekly digest email: A/B the subject line")
        #expect(deck.cards[0].group == "Experiment, Email")
        #expect(deck.cards[0].detail?.contains("- Variant B: \"{team} this week\"") == true)
        #expect(deck.cards[4].title == "Fix: timezone shifts trial end by a day for UTC−x users")
    }

    @Test func asanaWithByteOrderMarkCRLFSectionsAndCompletedTasksLeftOut() throws {
        let deck = try TrackerFixtures.backlog("asana-tasks.csv").deck
        #expect(
            deck.cards.map(\.id) == [
                "1208744100231", "1208744100245", "1208744100272", "1208744100281", "1208744100290",
            ])
        #expect(deck.cards[0].title == "Prepare the Q1 roadmap review deck")
        #expect(deck.cards[0].group == "Next up")
        #expect(deck.cards[0].detail?.hasPrefix("Leadership wants three bets") == true)
        #expect(deck.cards[3].detail == nil)
        #expect(deck.cards[4].group == "Backlog")
    }

    @Test func githubIssuesWithNestedLabelsAndClosedOnesLeftOut() throws {
        let deck = try TrackerFixtures.backlog("github-issues.json").deck
        #expect(deck.title == "github-issues")
        #expect(deck.cards.map(\.id) == ["214", "219", "221", "226"])
        #expect(deck.cards[0].group == "bug, data-loss")
        #expect(deck.cards[0].detail?.hasPrefix("When two people edit") == true)
        #expect(deck.cards[0].detail?.contains("\nRepro:") == true)
        #expect(deck.cards[1].detail?.contains("filter applied/cleared & saved views") == true)
        #expect(deck.cards[2].detail == nil)
        #expect(deck.cards[2].group == nil)
        #expect(deck.cards[3].title == "Gantt export to \"PowerPoint\" <pptx>")
    }

    @Test func trelloBoardCardsGroupedByListWithArchivedOnesLeftOut() throws {
        let deck = try TrackerFixtures.backlog("trello-board.json").deck
        #expect(deck.title == "Mobile app — Q1")
        #expect(deck.cards.count == 4)
        #expect(deck.cards.map(\.group) == ["Next up", "Backlog", "Backlog", "Next up"])
        #expect(deck.cards[0].id == "6541a0c3f1e2d30b9a7c5e01")
        #expect(deck.cards[1].detail?.hasSuffix("Needs: copy, one experiment, a holdout.") == true)
        #expect(!deck.cards.contains { $0.title.contains("carousel") || $0.title.contains("Watch") })
    }

    @Test func everyFixtureCanBeWrittenBack() throws {
        for name in TrackerFixtures.names {
            let backlog = try TrackerFixtures.backlog(name)
            #expect(backlog.canWriteBack, "\(name)")
            #expect(backlog.format == (name.hasSuffix(".csv") ? .csv : .json), "\(name)")
        }
    }

    @Test func markdownAndBareTitleListsAreReadButNotWrittenBack() throws {
        let markdown = try TrackerBacklog.read(text: "- Ship it\n- Plan it\n", name: "list.md")
        #expect(markdown.deck.cards.count == 2)
        #expect(!markdown.canWriteBack)
        let titles = try TrackerBacklog.read(text: #"["Ship it", "Plan it"]"#, name: "t.json")
        #expect(titles.deck.cards.count == 2)
        #expect(!titles.canWriteBack)
    }
}
