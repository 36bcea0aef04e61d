import Foundation
import LadderCore
import Testing

@Suite struct ScorecardExportTests {
    typealias F = ScorecardFixture

    private var before: ScorecardResult {
        Scorecard.compute(decisions: Array(F.decisions.dropLast()), assessment: F.answers)
    }
    private var after: ScorecardResult { Scorecard.compute(decisions: F.decisions, assessment: F.answers) }

    @Test func markdownHasOneRowPerGauge() {
        let text = ScorecardExport.markdown(
            result: after, previous: before, chapterTitles: [8: "Managing Your Own Narrative"])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "## Leverage scorecard")
        #expect(lines.contains("| Gauge | Value | Change | Band | Why |"))
        #expect(
            lines.contains { $0.hasPrefix("| Problem | 62.5 | +4.2 | mid | cards: +2 between -1 and +3") })
        #expect(lines.contains { $0.hasPrefix("| Team | 50.0 | 0.0 | mid |") })
        #expect(lines.contains { $0.hasPrefix("| Timing | 75.0 | 0.0 | high |") })
        #expect(lines.contains { $0.hasPrefix("| Judgement | 58.1 | +5.0 | mid |") })
        #expect(lines.contains { $0.hasPrefix("| Scope | 75.0 | 0.0 | high |") })
        #expect(lines.contains { $0.hasPrefix("| Narrative | 33.3 | 0.0 | low |") })
        #expect(lines.contains { $0.hasPrefix("| Output / Impact | 42.5 | +5.0 | mid |") })
        #expect(lines.contains("- Strongest: Timing, 75.0 (chapter 6)"))
        #expect(lines.contains("- Weakest: Narrative, 33.3 (chapter 8: Managing Your Own Narrative)"))
        #expect(lines.contains("- Moved most since last time: Judgement (+5.0)"))
        #expect(lines.contains("- Next move: \(after.nextMove)"))
        #expect(lines.contains("- " + Scorecard.formulaDescription[1]))
    }

    @Test func markdownWithoutHistoryShowsNoChange() {
        let text = ScorecardExport.markdown(result: before, previous: nil)
        #expect(text.contains("| Problem | 58.3 | — | mid |"))
        #expect(!text.contains("Moved most"))
        #expect(text.contains("- Strongest: Timing, 75.0 (chapter 6)"))
        #expect(before.delta(from: before)[.judgement] == 0)
    }

    @Test func jsonHasStableKeys() throws {
        let data = try ScorecardExport.json(result: after, previous: before)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["scorecard", "previous", "change", "biggestMover"])
        #expect(object["biggestMover"] as? String == "judgement")
        let change = try #require(object["change"] as? [String: Double])
        #expect(change["problem"] == 4.2)
        let scorecard = try #require(object["scorecard"] as? [String: Any])
        #expect(scorecard["strongest"] as? String == "timing")
        #expect(scorecard["weakest"] as? String == "narrative")
        #expect(scorecard["decisions"] as? Int == 7)
        let gauges = try #require(scorecard["gauges"] as? [[String: Any]])
        #expect(gauges.compactMap { $0["label"] as? String } == Gauge.allCases.map(\.label))
        let first = try #require(gauges.first)
        #expect(first["value"] as? Double == 62.5)
        #expect(first["band"] as? String == "mid")
        #expect(first["chapter"] as? Int == 7)
        let cards = try #require(first["cards"] as? [String: Int])
        #expect(cards == ["score": 2, "lowest": -1, "highest": 3, "cards": 3])
        let narrative = try #require(gauges.first { $0["gauge"] as? String == "narrative" })
        #expect(narrative["answers"] is NSNull)
        // Stable text: the same input gives the same bytes.
        #expect(try ScorecardExport.json(result: after, previous: before) == data)
    }

    @Test func jsonWithoutHistoryHasNulls() throws {
        let data = try ScorecardExport.json(result: after, previous: nil)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["previous"] is NSNull)
        #expect(object["change"] is NSNull)
        #expect(object["biggestMover"] is NSNull)
    }

    @Test func writeChoosesFormatByExtension() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = folder.appendingPathComponent("score.md")
        let json = folder.appendingPathComponent("score.JSON")
        try ScorecardExport.write(result: after, previous: nil, to: markdown)
        try ScorecardExport.write(result: after, previous: nil, to: json)
        let text = try String(contentsOf: markdown, encoding: .utf8)
        #expect(text == ScorecardExport.markdown(result: after, previous: nil))
        #expect(try Data(contentsOf: json) == ScorecardExport.json(result: after, previous: nil))
        let wrong = folder.appendingPathComponent("score.txt")
        let error = #expect(throws: InputError.self) {
            try ScorecardExport.write(result: after, previous: nil, to: wrong)
        }
        #expect(error?.kind == .badData)
        #expect(error?.file.hasSuffix("score.txt") == true)
    }
}
