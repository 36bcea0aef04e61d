import Foundation
import LadderCore
import Testing

@Suite struct DeckJSONReaderTests {
    @Test func arrayOfStrings() throws {
        let deck = try DeckReader.read(text: "[\"One\", \"Two\", \"One\"]", name: "list.json")
        #expect(deck.title == "list")
        #expect(deck.cards.map(\.id) == ["one", "two", "one-2"])
    }

    @Test func arrayOfObjects() throws {
        let text = """
            [
              {"title": "Kill it", "description": "Old project", "verdict": "advances",
               "rationale": "Frees people.", "chapter": 3, "group": "Focus",
               "weights": {"problem": 2, "team": -1}, "id": 42, "extra": [1, 2]},
              {"summary": "Clear inbox", "verdict": null, "chapter": "4"},
              {"name": "Third", "weights": "scope +1"}
            ]
            """
        let deck = try DeckReader.read(text: text, name: "cards.json")
        #expect(deck.cards.map(\.title) == ["Kill it", "Clear inbox", "Third"])
        let first = try #require(deck.cards.first)
        #expect(first.id == "42")
        #expect(first.detail == "Old project")
        #expect(first.verdict == .advances)
        #expect(first.rationale == "Frees people.")
        #expect(first.chapter == "output")
        #expect(first.group == "Focus")
        #expect(first.weights == LeverageWeights(problem: 2, team: -1))
        #expect(deck.cards[1].verdict == nil)
        #expect(deck.cards[1].chapter == "promoted")
        #expect(deck.cards[2].weights == LeverageWeights(scope: 1))
    }

    @Test func wrapperObject() throws {
        let text = "{\"title\": \"Sprint \\u00e9 \\ud83d\\ude00\", \"cards\": [\"a\", {\"title\": \"b\"}]}"
        let deck = try DeckReader.read(text: text, name: "w.json")
        #expect(deck.title == "Sprint é 😀")
        #expect(deck.cards.map(\.title) == ["a", "b"])
    }

    @Test func missingTitleNamesCardAndLine() {
        let text = "[\n  {\"title\": \"ok\"},\n  {\n    \"description\": \"no title\"\n  }\n]\n"
        let error = DeckTestSupport.error(text, name: "c.json")
        #expect(error?.description == "c.json:3: card 2: expected a \"title\" string")
    }

    @Test func wrongTypesAreExplained() {
        let chapter = DeckTestSupport.error("[{\"title\": \"a\",\n \"chapter\": 11}]", name: "c.json")
        #expect(
            chapter?.description
                == "c.json:2: card 1: \"chapter\" is not one of the chapter ids (ladder, measures, output, "
                + "promoted, tracks, leverage, choosing, narrative, compounding, takeaways) or a number from 1 to 10"
        )
        let title = DeckTestSupport.error("[{\"title\": 5}]", name: "c.json")
        #expect(title?.message == "card 1: \"title\" must be a string, found a number")
        let element = DeckTestSupport.error("[true]", name: "c.json")
        #expect(
            element?.message
                == "card 1: expected a string or an object with a \"title\", found a true/false value")
        let root = DeckTestSupport.error("{\"items\": []}", name: "c.json")
        #expect(
            root?.message == "expected an array of cards or an object with a \"cards\" array, found an object"
        )
        let verdict = DeckTestSupport.error("[{\"title\": \"a\", \"verdict\": \"meh\"}]", name: "c.json")
        #expect(verdict?.message.hasPrefix("card 1: unknown verdict \"meh\"") == true)
    }

    @Test func syntaxErrorsCarryTheLine() {
        let missingComma = DeckTestSupport.error("[\n  \"a\"\n  \"b\"\n]", name: "bad.json")
        #expect(missingComma?.description == "bad.json:3: unexpected '\"'; expected ',' or ']' in an array")
        let trailing = DeckTestSupport.error("[\"a\",\n]", name: "bad.json")
        #expect(trailing?.description == "bad.json:2: unexpected ']'; expected a value")
        let unterminated = DeckTestSupport.error("[\n\"abc", name: "bad.json")
        #expect(unterminated?.description == "bad.json:2: unexpected end of file inside a string")
        let extra = DeckTestSupport.error("[\"a\"]\n\nx", name: "bad.json")
        #expect(extra?.description == "bad.json:3: unexpected 'x' after the end of the JSON value")
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let text = String(repeating: "[", count: 100_000)
        let error = DeckTestSupport.error(text, name: "deep.json")
        #expect(error?.message == "nesting is deeper than 200 levels")
    }

    @Test func emptyArrayHasNoCards() {
        #expect(DeckTestSupport.error("[]", name: "e.json")?.message.hasPrefix("no cards found") == true)
    }
}
