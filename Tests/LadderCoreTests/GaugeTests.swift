import Foundation
import LadderCore
import Testing

@Suite struct GaugeTests {
    @Test func labelsAreExact() {
        #expect(
            Gauge.allCases.map(\.label) == [
                "Problem", "Team", "Timing", "Judgement", "Scope", "Narrative", "Output → Impact",
                "Compounding",
            ])
    }

    @Test func everyGaugeHasAMeaningAndAChapter() {
        let ids = Set(BundledModule.module.chapters.map(\.id))
        for gauge in Gauge.allCases {
            #expect(!gauge.meaning.isEmpty)
            #expect(ids.contains(gauge.chapter), "\(gauge) cites \(gauge.chapter)")
        }
        #expect(Gauge.outputImpact.chapter == "output")
        #expect(Gauge.compounding.chapter == "compounding")
        #expect(Gauge.allCases.map(\.order) == Array(0..<8))
    }

    @Test func bandsSplitAtFortyAndSeventy() {
        #expect(GaugeBand(value: 0) == .low)
        #expect(GaugeBand(value: 39.9) == .low)
        #expect(GaugeBand(value: 40) == .mid)
        #expect(GaugeBand(value: 69.9) == .mid)
        #expect(GaugeBand(value: 70) == .high)
        #expect([GaugeBand.low, .mid, .high].map(\.role) == [.gaugeLow, .gaugeMid, .gaugeHigh])
    }

    @Test func weightsMapToLeverageGauges() {
        let weights = LeverageWeights(
            problem: 2, team: -1, timing: 1, scope: 0, narrative: -2, judgement: 2, compounding: 1)
        #expect(Gauge.built.map { weights.weight(for: $0) } == [2, -1, 1, 0, -2, 1])
        #expect(weights.weight(for: .judgement) == 2)
        #expect(weights.weight(for: .outputImpact) == nil)
        #expect(weights.net == 1, "judgement says how hard the call is, not what the work builds")
        #expect(
            LeverageWeights(judgement: 5, compounding: -7) == LeverageWeights(judgement: 2, compounding: -2))
    }

    @Test func weightsWrittenBeforeTheNewDimensionsStillDecode() throws {
        let old = Data(#"{"problem":1,"team":0,"timing":0,"scope":-1,"narrative":2}"#.utf8)
        let decoded = try JSONDecoder().decode(LeverageWeights.self, from: old)
        #expect(decoded == LeverageWeights(problem: 1, scope: -1, narrative: 2))
        let all = LeverageWeights(problem: 1, judgement: 2, compounding: -1)
        #expect(try JSONDecoder().decode(LeverageWeights.self, from: JSONEncoder().encode(all)) == all)
    }

    @Test func sparklineUsesEightEqualBands() {
        #expect(Sparkline.render([0, 12.4, 12.5, 50, 87.4, 87.5, 100], width: 10) == "▁▁▂▅▇██")
        #expect(Sparkline.render([10, 20, 30, 40], width: 2) == "▃▄")
        #expect(Sparkline.render([-5, 250, .nan, .infinity], width: 4) == "▁█▁▁")
        #expect(Sparkline.render([50], width: 0) == "")
        #expect(Sparkline.render([], width: 5) == "")
    }
}
