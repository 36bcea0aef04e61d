import Foundation
import LadderCore
import Testing

@Suite struct DeckMarkdownReaderTests {
    @Test func checklistsBulletsHeadingsAndDetail() throws {
        let text = """
            # Q3 backlog

            Some intro paragraph that is not a card.

            ## Growth
            - [ ] Fix onboarding email
              It bounces for Gmail users.
              Reported twice.
            - [x] Add referral link
            * Star bullet
            + Plus bullet

            # Platform
            1. Numbered item
            2) Other numbered
            ---
            - 
            """
        let deck = try DeckReader.read(text: text, name: "notes/backlog.md")
        #expect(deck.title == "Q3 backlog")
        #expect(
            deck.cards.map(\.title) == [
                "Fix onboarding email", "Add referral link", "Star bullet", "Plus bullet", "Numbered item",
                "Other numbered",
            ])
        #expect(deck.cards[0].detail == "It bounces for Gmail users.\nReported twice.")
        #expect(deck.cards[0].group == "Growth")
        #expect(deck.cards[4].group == "Platform")
        #expect(deck.cards.allSatisfy { $0.verdict == nil })
        #expect(!deck.hasVerdicts)
    }

    @Test func titleFallsBackToFileName() throws {
        let deck = try DeckReader.read(text: "- one\n- two\n", name: "/tmp/my list.md")
        #expect(deck.title == "my list")
        #expect(deck.cards.map(\.id) == ["one", "two"])
    }

    @Test func bundledFormatFields() throws {
        let text = """
            <!-- a comment
            - [advances] Not a card, inside the comment
            -->
            # Deck
            ## Focus
            - [advances] Kill the stale project
              why: It drains the team.
                And nobody uses it.
              chapter: 3
              weights: problem +2, team: +1, narrative=-1
              id: kill-stale
            - [feels productive] Clear the backlog
              verdict: productive
              Some detail line.
            - [WIP] Bracketed text stays in the title
            """
        let deck = try DeckReader.read(text: text, name: "d.md")
        #expect(deck.title == "Deck")
        #expect(deck.cards.count == 3)
        let kill = try #require(deck.cards.first)
        #expect(kill.id == "kill-stale")
        #expect(kill.verdict == .advances)
        #expect(kill.rationale == "It drains the team. And nobody uses it.")
        #expect(kill.chapter == "output")
        #expect(kill.weights == LeverageWeights(problem: 2, team: 1, narrative: -1))
        #expect(deck.cards[1].verdict == .productive)
        #expect(deck.cards[1].detail == "Some detail line.")
        #expect(deck.cards[2].title == "[WIP] Bracketed text stays in the title")
        #expect(deck.cards[2].verdict == nil)
    }

    @Test func badFieldsNameTheirLine() {
        let chapter = DeckTestSupport.error("- [advances] A\n  chapter: 12\n", name: "d.md")
        #expect(
            chapter?.description
                == "d.md:2: chapter \"12\" is not one of the chapter ids (ladder, measures, output, promoted, "
                + "tracks, leverage, choosing, narrative, compounding, takeaways) or a number from 1 to 10")
        let weights = DeckTestSupport.error("- A\n\n  weights: problem +3\n", name: "d.md")
        #expect(weights?.description == "d.md:3: weight for problem must be a whole number from -2 to +2")
        let dimension = DeckTestSupport.error("- A\n  weights: luck +1\n", name: "d.md")
        #expect(dimension?.line == 2)
        #expect(dimension?.message.contains("unknown weight \"luck\"") == true)
        let verdict = DeckTestSupport.error("- A\n  verdict: sometimes\n", name: "d.md")
        #expect(verdict?.line == 2)
    }

    @Test func noItemsIsAnError() {
        let error = DeckTestSupport.error("# Just a title\n\nAnd prose.\n", name: "p.md")
        #expect(error?.message.hasPrefix("no cards found; expected list items") == true)
    }

    @Test func fencedCodeIsIgnored() throws {
        let deck = try DeckReader.read(text: "- real\n```\n- fake\n```\n", name: "f.md")
        #expect(deck.cards.map(\.title) == ["real"])
    }

    @Test func crlfAndBomAreHandled() throws {
        let deck = try DeckReader.read(
            text: "\u{FEFF}# T\r\n- [advances] A\r\n  why: x\r\n  y\r\n- B\r\n", name: "c.md")
        #expect(deck.title == "T")
        #expect(deck.cards.map(\.title) == ["A", "B"])
        #expect(deck.cards[0].rationale == "x y")
    }

    @Test func indentedListsAndBulletDots() throws {
        let deck = try DeckReader.read(
            text: "  - one\n    more about one\n  - two\n  • three\n", name: "i.md")
        #expect(deck.cards.map(\.title) == ["one", "two", "three"])
        #expect(deck.cards[0].detail == "more about one")
        #expect(DeckFormat.sniff("• item") == .markdown)
    }
}
