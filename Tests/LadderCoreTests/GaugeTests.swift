import LadderCore
import Testing

@Suite struct GaugeTests {
    @Test func labelsAreExact() {
        #expect(
            Gauge.allCases.map(\.label) == [
                "Problem", "Team", "Timing", "Judgement", "Scope", "Narrative", "Output / Impact",
            ])
    }

    @Test func everyGaugeHasAMeaningAndAChapter() {
        for gauge in Gauge.allCases {
            #expect(!gauge.meaning.isEmpty)
            #expect((1...9).contains(gauge.chapter))
        }
        #expect(Gauge.outputImpact.chapter == 3)
        #expect(Gauge.scope.chapter == 2)
        #expect(Gauge.allCases.map(\.order) == Array(0..<7))
    }

    @Test func bandsSplitAtFortyAndSeventy() {
        #expect(GaugeBand(value: 0) == .low)
        #expect(GaugeBand(value: 39.9) == .low)
        #expect(GaugeBand(value: 40) == .mid)
        #expect(GaugeBand(value: 69.9) == .mid)
        #expect(GaugeBand(value: 70) == .high)
        #expect(Gauge.team.band(for: 100) == .high)
        #expect([GaugeBand.low, .mid, .high].map(\.role) == [.gaugeLow, .gaugeMid, .gaugeHigh])
    }

    @Test func weightsMapToLeverageGauges() {
        let weights = LeverageWeights(problem: 2, team: -1, timing: 1, scope: 0, narrative: -2)
        #expect(Gauge.leverage.map { weights.weight(for: $0) } == [2, -1, 1, 0, -2])
        #expect(weights.weight(for: .judgement) == nil)
        #expect(weights.weight(for: .outputImpact) == nil)
        #expect(weights.net == 0)
    }

    @Test func sparklineUsesEightEqualBands() {
        #expect(Sparkline.render([0, 12.4, 12.5, 50, 87.4, 87.5, 100], width: 10) == "▁▁▂▅▇██")
        #expect(Sparkline.render([10, 20, 30, 40], width: 2) == "▃▄")
        #expect(Sparkline.render([-5, 250, .nan, .infinity], width: 4) == "▁█▁▁")
        #expect(Sparkline.render([50], width: 0) == "")
        #expect(Sparkline.render([], width: 5) == "")
    }
}
