import Foundation
import LadderCore
import Testing

@Suite struct CSVDeckReaderTests {
    @Test func readsTrackerColumnsAndQuotedFields() throws {
        let text = #"""
            Issue key,Summary,Description,Status,Labels
            ENG-1,"Fix login, again","Users say ""it hangs""",Open,auth
            ENG-2,Dark mode,"Line one
            line two",Done,
            """#
        let deck = try DeckReader.read(text: text, name: "exports/jira.csv")
        #expect(deck.title == "jira")
        #expect(deck.cards.count == 2)
        let first = try #require(deck.cards.first)
        #expect(first.id == "ENG-1")
        #expect(first.title == "Fix login, again")
        #expect(first.detail == "Users say \"it hangs\"")
        #expect(first.group == "auth")
        #expect(deck.cards[1].detail == "Line one\nline two")
        #expect(deck.cards[1].group == nil)
    }

    @Test func titleColumnIsCaseInsensitiveTrimmedAndPrioritised() throws {
        let deck = try DeckReader.read(text: " NAME ; Title \nname-col;title-col\n", name: "x.csv")
        #expect(deck.cards.map(\.title) == ["title-col"])
    }

    @Test func readsVerdictRationaleChapterAndWeights() throws {
        let text = """
            Title,Verdict,Rationale,Chapter,Epic,Weights
            Kill the project,Advances you,Frees the team.,3,Focus,"problem +2, team +1"
            Clear backlog,feels-productive,,4,,
            Tidy up,Output,,,,
            Say no,LEVERAGE,,,,
            """
        let deck = try DeckReader.read(text: text, name: "t.csv")
        #expect(deck.cards.map(\.verdict) == [.advances, .productive, .productive, .advances])
        #expect(deck.cards[0].rationale == "Frees the team.")
        #expect(deck.cards[0].chapter == "output")
        #expect(deck.cards[0].group == "Focus")
        #expect(deck.cards[0].weights == LeverageWeights(problem: 2, team: 1))
        #expect(deck.cards[1].weights == .zero)
    }

    @Test func unknownVerdictNamesTheLine() {
        let error = DeckTestSupport.error("Title,Verdict\nA,advances\n\"B\nmulti\",productive\nC,maybe\n")
        #expect(error?.line == 5)
        #expect(error?.message.contains("unknown verdict \"maybe\"") == true)
    }

    @Test func crlfBomAndBlankTrailingLines() throws {
        let text = "\u{FEFF}Summary,Description\r\nOne,\"a\r\nb\"\r\nTwo,x\r\n\r\n\r\n"
        let deck = try DeckReader.read(text: text, name: "w.csv")
        #expect(deck.cards.map(\.title) == ["One", "Two"])
        #expect(deck.cards[0].detail == "a\nb")
    }

    @Test func semicolonAndTabDelimiters() throws {
        let semicolon = try DeckReader.read(text: "Title;Details\n\"a;b\";c, d\n", name: "s.csv")
        #expect(semicolon.cards.first?.title == "a;b")
        #expect(semicolon.cards.first?.detail == "c, d")
        let tab = try DeckReader.read(text: "Name\tBody\nx, y\tz\n", name: "t.tsv")
        #expect(tab.cards.first?.title == "x, y")
        #expect(tab.cards.first?.detail == "z")
    }

    @Test func singleTitleColumnWithoutDelimiters() throws {
        let deck = try DeckReader.read(text: "Title\nFirst\nSecond\n", name: "one.csv")
        #expect(deck.cards.map(\.title) == ["First", "Second"])
    }

    @Test func raggedRowsShortAreBlankLongAreErrors() throws {
        let short = try DeckReader.read(text: "Title,Description,Verdict\nA\nB,x,,,\n", name: "r.csv")
        #expect(short.cards.map(\.title) == ["A", "B"])
        #expect(short.cards[0].detail == nil)
        let error = DeckTestSupport.error("Title,Description\nA,b\nC,d,e\n", name: "r.csv")
        #expect(
            error?.description
                == "r.csv:3: row has 3 fields but the header has 2; quote fields that contain the delimiter")
    }

    @Test func emptyTitleRowsAreSkipped() throws {
        let deck = try DeckReader.read(text: "Key,Title\nK-1,\nK-2,  \nK-3,Real\n", name: "e.csv")
        #expect(deck.cards.map(\.id) == ["K-3"])
    }

    @Test func unterminatedQuoteReportsBothLines() {
        let error = DeckTestSupport.error(
            "Title,Details\nok,fine\n\"broken,still\nmore\nend\n", name: "u.csv")
        #expect(error?.description == "u.csv:5: unterminated quoted field (started on line 3)")
        #expect(error?.kind == .badData)
    }

    @Test func missingTitleColumnNamesTheColumnsFound() {
        let error = DeckTestSupport.error("Status,Assignee,Priority\nOpen,Ann,High\n", name: "n.csv")
        #expect(
            error?.description
                == "n.csv:1: no title column; expected a column named Summary, Title or Name, "
                + "found: Status, Assignee, Priority")
    }

    @Test func headerOnlyHasNoCards() {
        let error = DeckTestSupport.error("Title,Description\n", name: "h.csv")
        #expect(error?.message.hasPrefix("no cards found") == true)
    }

    @Test func textIsSanitised() throws {
        let deck = try DeckReader.read(
            text: "Title,Description\n\"Bad\u{1B}[31m title\u{07}\",\"x\u{1B}]0;pwn\u{07}y\"\n", name: "s.csv"
        )
        #expect(deck.cards.first?.title == "Bad title")
        #expect(deck.cards.first?.detail == "xy")
    }

    @Test func quoteInsideUnquotedFieldIsKept() throws {
        let deck = try DeckReader.read(text: "Title,Body\n5\" screen,ok\n", name: "q.csv")
        #expect(deck.cards.first?.title == "5\" screen")
    }
}
