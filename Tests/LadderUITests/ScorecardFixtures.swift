import Foundation
import LadderCore
import LadderUI
import TestSupport

/// States and sessions for the scorecard tests.
enum ScorecardFixtures {
    /// The clock of every test.
    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    /// Three cards with weights and verdicts, small enough to work by hand.
    static let deck = Deck(
        title: "Tiny backlog",
        cards: [
            Card(
                id: "a", title: "Own the hard problem", verdict: .advances,
                weights: LeverageWeights(problem: 2)),
            Card(
                id: "b", title: "Polish the roadmap deck", verdict: .productive,
                weights: LeverageWeights(scope: -1)),
            Card(
                id: "c", title: "Brief the manager", verdict: .advances,
                weights: LeverageWeights(narrative: 2)),
        ])

    /// A session over `deck` with `verdicts` sorted in deck order.
    static func session(_ deck: Deck = deck, sorting verdicts: [Verdict]) -> TriageSession {
        var session = TriageSession(deck: deck, startedAt: start)
        for (offset, verdict) in verdicts.enumerated() {
            session.sort(verdict, at: start.addingTimeInterval(Double(offset + 1)))
        }
        return session
    }

    /// The app on the scorecard screen at `size`, over `module`.
    static func app(
        _ width: Int = 80, _ height: Int = 24, module: Module = BundledModule.module
    ) -> AppState {
        var state = AppState(
            module: module, moduleKey: "test", size: Size(width: width, height: height), now: start)
        state.apply(.screenOpened(.scorecard))
        return state
    }

    /// Four earlier snapshots a day apart, climbing slowly.
    static let history: ScorecardHistory = {
        var history = ScorecardHistory()
        let steps: [[Gauge: Double]] = [
            [
                .problem: 30, .team: 60, .timing: 50, .judgement: 40, .scope: 20, .narrative: 35,
                .outputImpact: 45, .compounding: 30,
            ],
            [
                .problem: 38, .team: 62, .timing: 48, .judgement: 45, .scope: 30, .narrative: 40,
                .outputImpact: 52, .compounding: 34,
            ],
            [
                .problem: 45, .team: 66, .timing: 40, .judgement: 55, .scope: 42, .narrative: 38,
                .outputImpact: 60, .compounding: 41,
            ],
            [
                .problem: 52, .team: 70, .timing: 35, .judgement: 61, .scope: 55, .narrative: 44,
                .outputImpact: 66, .compounding: 47,
            ],
        ]
        for (day, values) in steps.enumerated() {
            let date = start.addingTimeInterval(Double(day - 4) * 86_400)
            history.append(
                ScorecardSnapshot(date: date, kind: .assessment, values: values, basis: bundledBasis))
        }
        return history
    }()

    /// The basis of a scorecard on the bundled deck and statements.
    static let bundledBasis = ScorecardBasis(deck: DeckFingerprint(deck: BundledDeck.deck))

    /// Answers to eleven statements.
    static let answers = SelfAssessment(
        answers: [1: 3, 2: 1, 3: 2, 4: 4, 11: 3, 8: 2, 7: 1, 13: 2, 19: 3, 6: 1, 15: 2])

    /// The id of the statement at `index` in the order they are asked.
    static func id(at index: Int) -> Int { AssessmentStatement.all[index].id }

    /// The index of the statement with `id`.
    static func index(of id: Int) -> Int? { AssessmentStatement.all.firstIndex { $0.id == id } }
}
