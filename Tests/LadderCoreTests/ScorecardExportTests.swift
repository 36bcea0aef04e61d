import Foundation
import LadderCore
import Testing

@Suite struct ScorecardExportTests {
    typealias F = ScorecardFixture

    private var before: ScorecardResult {
        Scorecard.compute(decisions: Array(F.decisions.dropLast()), assessment: F.answers)
    }
    private var after: ScorecardResult { Scorecard.compute(decisions: F.decisions, assessment: F.answers) }

    @Test func markdownKeepsAgreementApartAndSaysWhatStandsBehindEachGauge() {
        let text = ScorecardExport.markdown(
            result: after, previousValues: before.values, chapterTitles: ["output": "Output Feels Productive"]
        )
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "## Leverage scorecard")
        #expect(lines.contains("### Agreement with the lesson (how you sort)"))
        #expect(lines.contains("3 of 5 cards sorted as the lesson does (60%)."))
        #expect(lines.contains("### Leverage profile (where your work and habits put you)"))
        #expect(lines.contains("| Gauge | Value | Evidence | Change | Band | Why |"))
        #expect(
            lines.contains {
                $0.hasPrefix("| Problem | 58.3 | 3 cards, 1 answer | +3.3 | mid | cards: 3 of 4")
            })
        #expect(lines.contains { $0.hasPrefix("| Team | 51.3 | 2 cards, 1 answer | 0.0 | mid |") })
        #expect(lines.contains { $0.hasPrefix("| Judgement | 67.1 | 2 cards, 3 answers | +2.5 | mid |") })
        #expect(lines.contains { $0.hasPrefix("| Narrative | not enough yet | nothing yet | — | — |") })
        #expect(
            lines.contains { $0.hasPrefix("| Output → Impact | 47.3 | 5 cards, 1 answer | +3.5 | mid |") })
        #expect(lines.contains { $0.hasPrefix("| Compounding | not enough yet | nothing yet | — | — |") })
        #expect(lines.contains("- Strongest: Judgement, 67.1 (chapter measures)"))
        #expect(lines.contains("- Weakest: Output → Impact, 47.3 (chapter: Output Feels Productive)"))
        #expect(
            lines.contains("- Moved most since last time (same deck and statements): Output → Impact (+3.5)"))
        #expect(lines.contains("- Next move: \(after.nextMove ?? "")"))
        #expect(lines.contains("### Reading the gauges"))
        for line in ScorecardLegend.lines { #expect(lines.contains("- " + line)) }
        for line in Scorecard.formulaDescription { #expect(lines.contains("- " + line)) }
    }

    @Test func markdownWithoutHistoryOrEvidence() {
        let text = ScorecardExport.markdown(result: before, previousValues: nil)
        #expect(text.contains("| Problem | 55.0 | 2 cards, 1 answer | — | mid |"))
        #expect(!text.contains("Moved most"))
        let empty = ScorecardExport.markdown(result: .neutral, previousValues: nil)
        #expect(empty.contains("No card with a lesson verdict sorted yet."))
        #expect(empty.contains("- No gauge has enough evidence yet"))
        #expect(!empty.contains("Strongest"))
    }

    @Test func jsonHasStableKeys() throws {
        let data = try ScorecardExport.json(result: after, previousValues: before.values)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["scorecard", "previous", "change", "biggestMover"])
        #expect(object["biggestMover"] as? String == "outputImpact")
        let change = try #require(object["change"] as? [String: Double])
        #expect(change["problem"] == 3.3)
        #expect(change["narrative"] == nil)
        let scorecard = try #require(object["scorecard"] as? [String: Any])
        let agreement = try #require(scorecard["agreement"] as? [String: Any])
        #expect(agreement["agreed"] as? Int == 3 && agreement["judged"] as? Int == 5)
        #expect(agreement["percent"] as? Double == 60)
        #expect(scorecard["strongest"] as? String == "judgement")
        #expect(scorecard["weakest"] as? String == "outputImpact")
        #expect(scorecard["decisions"] as? Int == 7)
        let gauges = try #require(scorecard["gauges"] as? [[String: Any]])
        #expect(gauges.compactMap { $0["label"] as? String } == Gauge.allCases.map(\.label))
        let first = try #require(gauges.first)
        #expect(first["value"] as? Double == 58.3)
        #expect(first["enough"] as? Bool == true)
        #expect(first["evidence"] as? String == "3 cards, 1 answer")
        #expect(first["band"] as? String == "mid")
        #expect(first["chapter"] as? String == "choosing")
        let cards = try #require(first["cards"] as? [String: Double])
        #expect(cards == ["items": 3, "units": 4, "favour": 3])
        let narrative = try #require(gauges.first { $0["gauge"] as? String == "narrative" })
        #expect(narrative["band"] is NSNull)
        #expect(narrative["enough"] as? Bool == false)
        #expect(try ScorecardExport.json(result: after, previousValues: before.values) == data)
    }

    @Test func jsonWithoutHistoryHasNulls() throws {
        let data = try ScorecardExport.json(result: .neutral, previousValues: nil)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["previous"] is NSNull)
        #expect(object["change"] is NSNull)
        #expect(object["biggestMover"] is NSNull)
        let scorecard = try #require(object["scorecard"] as? [String: Any])
        #expect(scorecard["strongest"] is NSNull)
        #expect(scorecard["nextMove"] is NSNull)
    }

    @Test func writeChoosesFormatByExtension() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = folder.appendingPathComponent("score.md")
        let json = folder.appendingPathComponent("score.JSON")
        try ScorecardExport.write(result: after, previousValues: nil, to: markdown)
        try ScorecardExport.write(result: after, previousValues: nil, to: json)
        let text = try String(contentsOf: markdown, encoding: .utf8)
        #expect(text == ScorecardExport.markdown(result: after, previousValues: nil))
        #expect(try Data(contentsOf: json) == ScorecardExport.json(result: after, previousValues: nil))
        let wrong = folder.appendingPathComponent("score.txt")
        let error = #expect(throws: InputError.self) {
            try ScorecardExport.write(result: after, previousValues: nil, to: wrong)
        }
        #expect(error?.kind == .badData)
        #expect(error?.file.hasSuffix("score.txt") == true)
    }
}
