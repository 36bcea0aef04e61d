import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

@Suite struct ScorecardSnapshotTests {
    typealias F = ScorecardFixtures
    let sizes = [Size(width: 80, height: 24), Size(width: 140, height: 45)]

    func check(_ state: AppState, _ name: String) {
        let problem = Snapshot.check(AppView.render(state), named: name)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// Answers given, a third of the bundled deck sorted, a history behind
    /// it, the fourth statement chosen and just rated.
    func answered(_ size: Size) -> AppState {
        var state = F.app(size.width, size.height)
        let deck = BundledDeck.deck
        let verdicts = deck.cards.prefix(deck.cards.count / 3).enumerated().map { index, card in
            index % 4 == 3
                ? (card.verdict == .advances ? Verdict.productive : .advances) : card.verdict ?? .advances
        }
        state.triage = TriageState(session: F.session(deck, sorting: verdicts))
        state.scorecard.history = F.history
        state.scorecard.assessment = F.answers
        state.apply(.scorecard(.statementMoved(4)))
        state.apply(.scorecard(.statementRated(id: 11, value: 4)))
        state.effects.removeAll()
        return state
    }

    @Test func empty() {
        for size in sizes { check(F.app(size.width, size.height), "scorecard-empty") }
    }

    @Test func answeredWithHistory() {
        for size in sizes { check(answered(size), "scorecard-answered") }
    }

    @Test func answersOnlyWithoutHistory() {
        for size in sizes {
            var state = F.app(size.width, size.height)
            state.scorecard.assessment = F.answers
            state.apply(.scorecard(.statementJumped(toEnd: true)))
            check(state, "scorecard-answers")
        }
    }

    @Test func help() {
        for size in sizes {
            var state = F.app(size.width, size.height)
            state.apply(.helpToggled)
            check(state, "scorecard-help")
        }
        var state = F.app()
        state.apply(.helpToggled)
        state.apply(.helpScrolled(12))
        check(state, "scorecard-help-formula")
    }

    @Test func narrow() {
        check(answered(Size(width: 40, height: 12)), "scorecard-answered")
    }

    @Test func everySizeRendersWithoutCrashing() {
        let widths = [0, 1, 2, 5, 10, 29, 30, 31, 40, 49, 50, 60, 79, 80, 109, 110, 111, 140, 220]
        let heights = [0, 1, 2, 5, 7, 8, 9, 10, 12, 17, 18, 19, 20, 21, 22, 23, 24, 30, 31, 45, 70]
        let base = answered(Size(width: 80, height: 24))
        for width in widths {
            for height in heights {
                for selected in [0, 9] {
                    var state = base
                    state.apply(.resized(Size(width: width, height: height)))
                    state.scorecard.selected = selected
                    #expect(AppView.render(state).size == Size(width: width, height: height))
                    state.apply(.helpToggled)
                    #expect(AppView.render(state).size == Size(width: width, height: height))
                }
            }
        }
    }
}
