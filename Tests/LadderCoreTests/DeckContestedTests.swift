import Foundation
import LadderCore
import Testing

/// Contested cards: read from Markdown and JSON, checked for both readings,
/// left out of agreement and judgement, and exported with both readings.
@Suite struct DeckContestedTests {
    private let time = DeckTestSupport.time

    private let markdown = """
        # Contested

        - [contested] Stay on the team whose manager grows people
          productive-reading: Choosing: the more important problem sits
            on the other team.
          advances-reading: Narrative: a manager who develops people pulls you up.
          chapter: choosing
          weights: team +1, problem -1
        - [advances] Kill the stale project
          chapter: 3
        - A plain item
          verdict: contested
          Productive reading: One side.
          advances_reading: The other side.
        """

    @Test func markdownReadsBothReadings() throws {
        let deck = try DeckReader.read(text: markdown, name: "c.md")
        let card = deck.cards[0]
        #expect(card.verdict == nil)
        #expect(card.isContested)
        #expect(
            card.readings
                == ContestedReadings(
                    productive: "Choosing: the more important problem sits on the other team.",
                    advances: "Narrative: a manager who develops people pulls you up."))
        #expect(card.chapter == "choosing")
        #expect(card.weights == LeverageWeights(problem: -1, team: 1))
        #expect(deck.cards[1].readings == nil)
        #expect(deck.cards[1].chapter == "output")
        #expect(
            deck.cards[2].readings == ContestedReadings(productive: "One side.", advances: "The other side."))
        #expect(deck.hasVerdicts)
    }

    @Test func jsonReadsBothForms() throws {
        let text = """
            [{"title": "A", "verdict": "contested", "chapter": "tracks",
              "readings": {"productive": "P.", "advances": "A."}},
             {"title": "B", "verdict": "Contested", "productiveReading": "P2.", "advances-reading": "A2."}]
            """
        let deck = try DeckReader.read(text: text, name: "c.json")
        #expect(
            deck.cards.map(\.readings) == [
                ContestedReadings(productive: "P.", advances: "A."),
                ContestedReadings(productive: "P2.", advances: "A2."),
            ])
        #expect(deck.cards[0].chapter == "tracks")
        #expect(deck.cards.allSatisfy { $0.verdict == nil })
    }

    @Test func aMissingReadingIsAnErrorOnTheCardsLine() {
        let missing = DeckTestSupport.error("- A\n- [contested] B\n  productive-reading: P.\n", name: "d.md")
        #expect(
            missing?.description
                == "d.md:2: a contested card needs both readings; advances-reading is missing "
                + "(one sentence each, naming the lesson's principle behind it)")
        let stray = DeckTestSupport.error("- [advances] B\n  advances-reading: A.\n", name: "d.md")
        #expect(
            stray?.description
                == "d.md:1: readings belong to a contested card; give it the verdict contested "
                + "([contested] in Markdown) or drop the readings")
        let json = DeckTestSupport.error(
            "[{\"title\": \"a\", \"verdict\": \"contested\",\n \"readings\": [\"x\"]}]", name: "c.json")
        #expect(json?.description == "c.json:2: card 1: \"readings\" must be an object, found an array")
        let csv = DeckTestSupport.error("Summary,Verdict\nA,advances\nB,contested\n", name: "b.csv")
        #expect(
            csv?.description
                == "b.csv:3: a contested card needs both readings; productive-reading is missing "
                + "(one sentence each, naming the lesson's principle behind it)")
        let half = DeckTestSupport.error(
            "Summary,Verdict,Productive-reading\nB,contested,It fills the week.\n", name: "b.csv")
        #expect(
            half?.description.hasPrefix("b.csv:2: a contested card needs both readings; advances-reading")
                == true)
        let strayCSV = DeckTestSupport.error(
            "Summary,Verdict,Advances reading\nB,productive,It counts.\n", name: "b.csv")
        #expect(strayCSV?.description.hasPrefix("b.csv:2: readings belong to a contested card") == true)
    }

    @Test func csvReadsContestedCardsWithTheirReadingColumns() throws {
        let text = """
            Summary,Verdict,Chapter,Rationale,productive-reading,advances-reading
            Stay with the manager who grows people,contested,choosing,,"The bigger problem is elsewhere.",\
            "A manager who argues for you compounds."
            Polish the status deck,productive,output,Polish is not progress.,,
            """
        let deck = try DeckReader.read(text: text, name: "contested.csv")
        #expect(deck.cards.count == 2)
        #expect(
            deck.cards[0].readings
                == ContestedReadings(
                    productive: "The bigger problem is elsewhere.",
                    advances: "A manager who argues for you compounds."))
        #expect(deck.cards[0].verdict == nil)
        #expect(deck.cards[0].chapter == "choosing")
        #expect(deck.cards[1].verdict == .productive)
        #expect(deck.cards[1].readings == nil)
        #expect(deck.hasVerdicts)
        var session = TriageSession(deck: deck, startedAt: Date(timeIntervalSince1970: 0))
        session.sort(.advances, at: Date(timeIntervalSince1970: 1))
        #expect(session.feedback(at: 0)?.outcome == .contested)
        #expect(session.feedback(at: 0)?.reason == "A manager who argues for you compounds.")
        #expect(session.agreement?.judged == 0, "a contested card is never scored")
    }

    @Test func contestedCardsAreNeverScored() throws {
        let deck = try DeckReader.read(text: markdown, name: "c.md")
        var session = TriageSession(deck: deck, startedAt: time(0))
        session.sort(.productive, at: time(1))
        session.sort(.productive, at: time(2))
        session.sort(.advances, at: time(3))
        #expect(session.agreement == TriageAgreement(agreed: 0, judged: 1))
        #expect(session.agrees(at: 0) == nil)
        #expect(session.agrees(at: 2) == nil)
        #expect(session.disagreementIndices == [1])
        #expect(session.contestedIndices == [0, 2])
        #expect(session.scorecardTally.agreement == LessonAgreement(agreed: 0, judged: 1))
    }

    @Test func exportsShowBothReadings() throws {
        let deck = try DeckReader.read(text: markdown, name: "c.md")
        var session = TriageSession(deck: deck, startedAt: time(0))
        session.sort(.advances, at: time(1))
        let text = TriageExport.markdown(session: session, generatedAt: time(0))
        #expect(text.contains("- Agreement with the lesson: 0 of 0 (0%)"))
        #expect(text.contains("lesson: contested (not scored)"))
        #expect(text.contains("## Contested: both readings (1)"))
        #expect(text.contains("- **Stay on the team whose manager grows people** — you: advances you."))
        #expect(
            text.contains(
                "  - Feels productive: Choosing: the more important problem sits on the other team."))
        #expect(text.contains("  - Advances you: Narrative: a manager who develops people pulls you up."))
        let data = TriageExport.json(session: session, generatedAt: time(0))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cards = try #require(object["cards"] as? [[String: Any]])
        #expect(cards[0]["contested"] as? Bool == true)
        #expect(cards[0]["chapter"] as? String == "choosing")
        let readings = try #require(cards[0]["lessonReadings"] as? [String: String])
        #expect(readings["advances"] == "Narrative: a manager who develops people pulls you up.")
        #expect(cards[0]["agrees"] == nil)
        #expect(cards[1]["contested"] == nil)
    }

    @Test func compoundingIsAWeight() throws {
        let deck = try DeckReader.read(text: "- A\n  weights: compounding +2, scope -1\n", name: "w.md")
        #expect(deck.cards[0].weights == LeverageWeights(scope: -1, compounding: 2))
        #expect(deck.cards[0].weights.net == 1)
        let json = try DeckReader.read(
            text: "[{\"title\": \"A\", \"weights\": {\"compounding\": -1}}]", name: "w.json")
        #expect(json.cards[0].weights.compounding == -1)
    }
}
