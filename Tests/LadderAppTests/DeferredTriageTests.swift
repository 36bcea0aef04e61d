import Foundation
import LadderApp
import LadderCore
import LadderUI
import TestSupport
import Testing

/// The bundled deck left for later: reading never loads it; opening triage
/// or the scorecard loads it once, before the action that needs it.
@Suite struct DeferredTriageTests {
    /// A deferred bundled deck that counts its loads.
    private final class Loads: @unchecked Sendable {
        var count = 0
        var assessments: [SelfAssessment] = []
        func deferred(warnings: [String] = []) -> DeferredTriage {
            DeferredTriage { assessment in
                self.count += 1
                self.assessments.append(assessment)
                let deck = try? BundledDeck.load()
                let session = deck.map { TriageSession(deck: $0, startedAt: LoopFixture.start) }
                return (session.map { TriageState(session: $0, assessment: assessment) }, warnings)
            }
        }
    }

    private func readerWithoutDeck(_ fixture: LoopFixture) throws -> AppState {
        var state = try fixture.state()
        state.triage = nil
        return state
    }

    @Test func readingNeverLoadsTheDeck() throws {
        let fixture = try LoopFixture()
        let loads = Loads()
        let (_, runner, _) = fixture.run(
            try readerWithoutDeck(fixture),
            [.key(.down), .key(.pageDown), .key(.character("?")), .key(.escape), .key(.character("q"))],
            deferred: loads.deferred())
        #expect(loads.count == 0)
        #expect(runner.state.triage == nil)
    }

    @Test func openingTriageLoadsItOnceAndShowsTheFirstCard() throws {
        let fixture = try LoopFixture()
        let loads = Loads()
        let (_, runner, backend) = fixture.run(
            try readerWithoutDeck(fixture),
            [.key(.function(2)), .key(.function(3)), .key(.function(2)), .key(.character("q"))],
            deferred: loads.deferred())
        #expect(loads.count == 1)
        #expect(runner.state.screen == .triage)
        let deck = try BundledDeck.load()
        #expect(runner.state.triage?.session.deck == deck)
        #expect(backend.frames[1].plainText.contains(String(deck.cards[0].title.prefix(20))))
    }

    @Test func theScorecardLoadsItWithTheAnswersOfTheMoment() throws {
        let fixture = try LoopFixture()
        let loads = Loads()
        var state = try readerWithoutDeck(fixture)
        let statement = try #require(state.scorecard.statements.first)
        state.scorecard.assessment.rate(statement.id, 4)
        _ = fixture.run(state, [.key(.function(3)), .key(.character("q"))], deferred: loads.deferred())
        #expect(loads.count == 1)
        #expect(loads.assessments == [state.scorecard.assessment])
    }

    @Test func aProblemWhileLoadingShowsInTheStatusBar() throws {
        let fixture = try LoopFixture()
        let loads = Loads()
        let (_, runner, backend) = fixture.run(
            try readerWithoutDeck(fixture), [.key(.function(2)), .key(.character("q"))],
            deferred: loads.deferred(warnings: ["triage.json:1: damaged", "second"]))
        #expect(runner.state.screen == .triage)
        #expect(backend.frames[1].plainText.contains("triage.json:1: damaged (+1 more)"))
    }
}
