import Foundation
import LadderCore
import TestSupport
import Testing

@testable import LadderUI

/// Agreement apart from the profile, the evidence behind each gauge and a
/// key to the numbers and marks are on screen at every size.
@Suite struct ScorecardKeyTests {
    typealias F = ScorecardFixtures

    private func screen(_ width: Int, _ height: Int, sorted: Bool = true) -> AppState {
        var state = F.app(width, height)
        if sorted {
            let deck = BundledDeck.deck
            let verdicts = deck.cards.prefix(20).map { $0.verdict ?? .advances }
            state.triage = TriageState(session: F.session(deck, sorting: verdicts))
        }
        state.scorecard.assessment = F.answers
        return state
    }

    @Test(arguments: [(80, 24), (200, 60), (40, 12), (110, 22), (60, 16)])
    func everySizeExplainsTheScale(width: Int, height: Int) {
        let text = AppView.render(screen(width, height)).plainText
        #expect(
            text.contains("0 against · 50 even · 100 for") || text.contains("0 = all the evidence against"),
            "\(width)x\(height) does not say what 0, 50 and 100 mean")
        #expect(text.contains("not enough yet") || text.contains("–"))
    }

    @Test(arguments: [(80, 24), (200, 60), (110, 22)])
    func agreementSitsApartFromTheProfile(width: Int, height: Int) {
        let text = AppView.render(screen(width, height)).plainText
        #expect(text.contains("How you sort"))
        #expect(text.contains("cards as the lesson does"))
        #expect(text.contains("Leverage profile"))
        #expect(text.contains("○ low <40"), "the bands are explained")
        #expect(text.contains("▸ moved most"), "the marker is explained")
    }

    @Test func eachGaugeSaysWhatStandsBehindIt() {
        let narrow = AppView.render(screen(80, 24)).plainText
        #expect(narrow.contains("behind"))
        #expect(narrow.contains("3c·2a = 3 cards, 2 answers behind it"))
        let wide = AppView.render(screen(200, 60)).plainText
        let result = screen(200, 60).scorecardResult
        for reading in result.readings where reading.evidenceCount > 0 {
            #expect(
                wide.contains(reading.evidenceText + " · "),
                "\(reading.gauge) does not say \(reading.evidenceText)")
        }
    }

    @Test func aNeutralStartSaysNotEnoughYetNotMid() {
        let text = AppView.render(F.app(80, 24)).plainText
        let rows = text.split(separator: "\n").filter { row in
            Gauge.allCases.contains { row.dropFirst(4).hasPrefix($0.label) }
        }
        #expect(rows.count == Gauge.allCases.count)
        #expect(!rows.contains { $0.contains("◐") || $0.contains(" 50 ") })
        #expect(text.components(separatedBy: "not enough yet").count - 1 >= Gauge.allCases.count)
    }

    @Test func theFullKeyOpensScrollsAndCloses() {
        var state = screen(40, 12)
        let before = AppView.render(state).plainText
        #expect(before.contains("i: key"))
        state.apply(.scorecard(.keyToggled))
        let shown = AppView.render(state).plainText
        #expect(shown.contains("What the scorecard shows"))
        state.apply(.scorecard(.statementMoved(6)))
        #expect(state.scorecard.keyTop == 6)
        #expect(state.scorecard.selected == 0, "moving scrolls the key, not the statements")
        let scrolled = AppView.render(state).plainText
        #expect(scrolled.contains("Bands:") || scrolled.contains("▸ the gauge"))
        state.apply(.scorecard(.keyToggled))
        #expect(!state.scorecard.showsKey && state.scorecard.keyTop == 0)
    }

    @Test func theShortKeyFlowsAndPointsToTheRest() {
        let entries = ["aaaa", "bbbb", "cccc"]
        #expect(ScorecardKey.lines(entries, width: 20, rows: 2) == ["aaaa   bbbb   cccc"])
        #expect(ScorecardKey.lines(entries, width: 11, rows: 2) == ["aaaa   bbbb", "cccc"])
        #expect(ScorecardKey.lines(entries, width: 11, rows: 1) == ["i: key"])
        #expect(ScorecardKey.lines(entries, width: 13, rows: 1) == ["aaaa   i: key"])
        #expect(ScorecardKey.lines(entries, width: 0, rows: 3).isEmpty)
    }
}
