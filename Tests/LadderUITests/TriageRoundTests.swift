import Foundation
import LadderCore
import LadderUI
import Testing

/// Rounds on the triage driven by the state's own clock: every moment is a
/// `.ticked` date, so nothing here sleeps.
@Suite struct TriageRoundTests {
    typealias F = TriageFixtures

    /// The small deck as a round of one's own, `limit` seconds long.
    private func round(limit: TimeInterval? = 60, hidden: Bool = false) -> AppState {
        var state = F.app(F.smallDeck)
        state.beginRound(TriageRound(title: "Drill", limit: limit, ownsClock: true, hidesAnswers: hidden))
        return state
    }

    private func tick(_ state: inout AppState, to seconds: TimeInterval) {
        state.apply(.ticked(F.start.addingTimeInterval(seconds)))
    }

    private func statusLine(_ state: AppState) -> String {
        AppView.render(state).plainText.components(separatedBy: "\n").last ?? ""
    }

    @Test func theCountdownRunsInTheStatusBarAndWarnsInWordsForTheLastThirtySeconds() {
        var state = round()
        #expect(RoundStatus.message(in: state)?.text == "▶ 1:00 left")
        #expect(state.nextDeadline == F.start.addingTimeInterval(1))
        tick(&state, to: 29.5)
        #expect(RoundStatus.message(in: state)?.text == "▶ 0:31 left")
        #expect(state.nextDeadline == F.start.addingTimeInterval(30))
        tick(&state, to: 30.2)
        let warning = RoundStatus.message(in: state)
        #expect(warning?.text == "⚠ 0:30 left · last 30 s")
        #expect(warning?.role == .warning)
        #expect(statusLine(state).hasSuffix("⚠ 0:30 left · last 30 s"))
    }

    @Test func aPassingMessageFollowsTheClockSoANarrowBarCutsTheMessageFirst() {
        var state = round()
        state.apply(.triage(.cardSkipped))
        #expect(RoundStatus.message(in: state)?.text == "▶ 1:00 left · Skipped: it comes back at the end")
    }

    @Test func atZeroTheRoundLocksAndShowsTheSummaryWhereverTheParticipantWas() {
        var state = round()
        state.apply(.triage(.cardSorted(.advances)))
        state.apply(.chapterOpened(2))
        #expect(state.screen == .reader)
        tick(&state, to: 59.999)
        #expect(state.round?.isOver == false)
        tick(&state, to: 60)
        #expect(state.round?.ending == .timeUp)
        #expect(state.round?.endedAt == F.start.addingTimeInterval(60))
        #expect(state.screen == .triage)
        #expect(state.triage?.showsSummary == true)
        #expect(state.nextDeadline == state.flash?.until, "nothing ticks after the end but the message")
        let screen = AppView.render(state).plainText
        #expect(screen.contains("Time is up: 1 of 4 cards sorted"))
        #expect(screen.contains("You agreed with the lesson on 1 of 1 cards"))
        let before = state.triage?.session
        for action in [TriageAction.cardSorted(.productive), .cardSkipped, .undoRequested, .redoRequested] {
            state.apply(.triage(action))
            #expect(state.triage?.session == before, "\(action)")
            #expect(state.flash?.text == "Time is up: the round is locked")
        }
        #expect(Keymap.tables(in: state).first?.title == TriageBindings.summary.title)
    }

    @Test func pTogglesTheOwnClockAndNothingMovesWhilePaused() {
        var state = round()
        tick(&state, to: 10)
        #expect(AppView.hints(for: state).contains { $0.key == "p" && $0.label == "pause" })
        #expect(Keymap.action(for: .character("p"), in: state) == .roundPauseToggled)
        state.apply(.roundPauseToggled)
        tick(&state, to: 500)
        #expect(state.round?.isPaused(at: state.now) == true)
        #expect(state.round?.isOver == false, "a paused clock does not run out")
        #expect(state.nextDeadline == nil || state.nextDeadline == state.flash?.until)
        #expect(RoundStatus.message(in: state)?.text == "⏸ 0:50 paused · p resumes")
        #expect(AppView.hints(for: state).contains { $0.key == "p" && $0.label == "resume" })
        state.apply(.triage(.cardSorted(.advances)))
        #expect(state.triage?.session.progress.sorted == 0)
        #expect(state.flash?.text == "The round is paused: press p to resume")
        state.apply(.roundPauseToggled)
        tick(&state, to: 549)
        #expect(RoundStatus.message(in: state)?.text == "⚠ 0:01 left · last 30 s")
        #expect(state.round?.timer?.remaining(at: state.now) == 1)
        tick(&state, to: 550)
        #expect(state.round?.ending == .timeUp)
        #expect(Keymap.action(for: .character("p"), in: state) == nil, "no pause once it is over")
    }

    @Test func hiddenAnswersStayHiddenUntilTheEndThenTheSummaryShowsTheAgreement() {
        var state = round(hidden: true)
        #expect(state.triage?.session.showsFeedback == false)
        state.apply(.triage(.revealToggled))
        #expect(state.triage?.isRevealed == false)
        #expect(state.flash?.text == "The verdicts stay hidden until the round ends")
        for verdict in [Verdict.advances, .productive, .productive] {
            state.apply(.triage(.cardSorted(verdict)))
        }
        #expect(state.round?.isOver == false)
        state.apply(.triage(.cardSorted(.productive)))
        #expect(state.round?.ending == .finished)
        #expect(state.triage?.session.showsFeedback == true)
        let screen = AppView.render(state).plainText
        #expect(screen.contains("Every card is sorted"))
        #expect(screen.contains("You agreed with the lesson on 3 of 4 cards"))
        #expect(RoundStatus.message(in: state)?.text.hasPrefix("■ round over") == true)
    }

    @Test func anUntimedRoundShowsNoClockAndHasNothingToPause() {
        var state = round(limit: nil)
        #expect(RoundStatus.message(in: state) == nil)
        #expect(Keymap.action(for: .character("p"), in: state) == nil)
        #expect(!AppView.hints(for: state).contains { $0.key == "p" })
        tick(&state, to: 100_000)
        #expect(state.round?.isOver == false)
    }

    @Test func aRoomsRevealEndsHiddenModeAndOpensTheParticipantsOwnSummary() {
        var state = F.app(F.smallDeck)
        state.beginRound(TriageRound(title: "Room", limit: nil, ownsClock: false, hidesAnswers: true))
        state.apply(.triage(.cardSorted(.productive)))
        #expect(
            Keymap.action(for: .character("p"), in: state) == nil, "the room's clock is the facilitator's")
        state.apply(.screenOpened(.scorecard))
        state.apply(.helpToggled)
        state.endRound(.revealed)
        #expect(state.screen == .triage && !state.showsHelp)
        #expect(state.triage?.session.showsFeedback == true)
        let screen = AppView.render(state).plainText
        #expect(screen.contains("The verdicts are revealed: 1 of 4 cards sorted"))
        #expect(screen.contains("You agreed with the lesson on 0 of 1 cards"))
        state.apply(.triage(.cardSorted(.advances)))
        #expect(state.flash?.text == "The facilitator revealed the verdicts: the round is over")
    }
}
