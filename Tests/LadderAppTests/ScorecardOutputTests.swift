import Foundation
import LadderApp
import LadderCore
import LadderUI
import Testing

/// The scorecard written alone: the reflection answers go with it in both
/// formats.
@Suite struct ScorecardOutputTests {
    @Test func reflectionAnswersAreInTheJSONAndMarkdownExports() throws {
        let fixture = try LoopFixture()
        var state = try fixture.state(on: .scorecard)
        let prompts = ReflectionPrompt.prompts(in: BundledModule.module)
        try #require(prompts.count >= 2)
        state.reflections[prompts[1].id] = ReflectionAnswer(prompt: prompts[1].text, text: "second, kept")
        state.reflections[prompts[0].id] = ReflectionAnswer(prompt: prompts[0].text, text: "first answer")
        state.reflections["gone-prompt"] = ReflectionAnswer(prompt: "An old question?", text: "still mine")
        let json = fixture.exportFolder.appendingPathComponent("score.json")
        try ScorecardOutput.write(state, to: json)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let answers = try #require(object["reflections"] as? [[String: String]])
        #expect(
            answers == [
                ["id": prompts[0].id, "prompt": prompts[0].text, "answer": "first answer"],
                ["id": prompts[1].id, "prompt": prompts[1].text, "answer": "second, kept"],
                ["id": "gone-prompt", "prompt": "An old question?", "answer": "still mine"],
            ])
        #expect(object["scorecard"] is [String: Any])
        let markdown = fixture.exportFolder.appendingPathComponent("score.md")
        try ScorecardOutput.write(state, to: markdown)
        let text = try String(contentsOf: markdown, encoding: .utf8)
        #expect(text.contains("## Your reflections (3)"))
        #expect(text.contains("first answer") && text.contains("still mine"))
    }

    @Test func withoutAnswersTheJSONHasNoReflectionsMember() throws {
        let fixture = try LoopFixture()
        let state = try fixture.state(on: .scorecard)
        let json = fixture.exportFolder.appendingPathComponent("score.json")
        try ScorecardOutput.write(state, to: json)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        #expect(object["reflections"] == nil)
        #expect(object.keys.sorted() == ["biggestMover", "change", "previous", "scorecard"])
    }
}
