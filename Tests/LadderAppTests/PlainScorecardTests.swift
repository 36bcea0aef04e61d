import Foundation
import LadderApp
import LadderCore
import LadderUI
import Testing

/// `ladder scorecard --plain`: agreement apart from the gauges, each gauge
/// with its value or "not enough yet" and what stands behind it, and what
/// the numbers mean.
@Suite struct PlainScorecardTests {
    @Test func eachGaugeSaysItsValueOrNotEnoughYetAndWhatStandsBehindIt() throws {
        var state = AppState(
            module: BundledModule.module, moduleKey: "m", size: Size(width: 80, height: 24),
            now: PlainTriageTests.start)
        var session = TriageSession(deck: PlainTriageTests.deck, startedAt: PlainTriageTests.start)
        for verdict in [Verdict.advances, .productive, .advances, .productive] {
            session.sort(verdict, at: PlainTriageTests.start)
        }
        state.triage = TriageState(session: session)
        var assessment = SelfAssessment()
        for statement in AssessmentStatement.all { assessment.rate(statement.id, 4) }
        state.scorecard.assessment = assessment
        let text = PlainScorecard.text(state)
        let lines = text.components(separatedBy: "\n")
        #expect(
            lines.prefix(4) == [
                "Leverage scorecard", "", "How you sort (agreement with the lesson):",
                "  3 of 3 cards sorted as the lesson does (100%).",
            ])
        let result = state.scorecardResult
        for reading in result.readings {
            let row = try #require(lines.first { $0.hasPrefix("  " + reading.gauge.label + " ") })
            #expect(row.hasSuffix("behind it: " + reading.evidenceText), "\(row)")
            if reading.isEnough {
                #expect(row.contains("\(Int(reading.value.rounded())) (\(reading.band?.rawValue ?? ""))"))
            } else {
                #expect(row.contains("not enough yet"))
            }
        }
        #expect(result.readings.contains { $0.cards.items > 0 && $0.answers.items > 0 })
        #expect(text.contains("cards, ") && text.contains(" answers"))
        #expect(text.contains("Strongest: ") && text.contains("Next move: "))
        #expect(text.contains(ScorecardLegend.scale.prefix(30)))
    }

    @Test func withNothingSortedEveryGaugeSaysNotEnoughYet() {
        let state = AppState(
            module: BundledModule.module, moduleKey: "m", size: Size(width: 80, height: 24),
            now: PlainTriageTests.start)
        let text = PlainScorecard.text(state)
        #expect(text.contains("  No card with a lesson verdict sorted yet."))
        for gauge in Gauge.allCases {
            #expect(text.contains("\(gauge.label)"))
        }
        #expect(
            text.components(separatedBy: "not enough yet; behind it: nothing yet").count == Gauge.allCases
                .count + 1)
        #expect(text.contains("No gauge has enough evidence yet"))
    }
}
