import FoundationEssentials
import LadderCore

extension AppState {
    /// Begins `round` on the triage screen now: its clock starts, and with
    /// hidden answers the session shows no verdict until the round ends.
    public mutating func beginRound(_ round: TriageRound) {
        var round = round
        round.timer?.start(at: now)
        self.round = round
        if round.hidesAnswers, triage?.session.showsFeedback == true {
            triage?.session.showsFeedback = false
        }
        if triage != nil { screen = .triage }
    }

    /// Ends the round now: the clock stops, sorting closes, the lesson's
    /// verdicts show, and the triage screen opens on the participant's own
    /// summary with their agreement. Does nothing once the round is over.
    public mutating func endRound(_ ending: TriageRound.Ending) {
        guard var round, !round.isOver else { return }
        round.timer?.pause(at: now)
        round.ending = ending
        round.endedAt = now
        self.round = round
        if var triage {
            self.triage = nil
            if !triage.session.showsFeedback { triage.session.showsFeedback = true }
            triage.isRoundOver = true
            triage.showsGauges = false
            self.triage = triage
        }
        showsHelp = false
        searchPrompt = nil
        returnScreen = nil
        screen = .triage
        showFlash(RoundStatus.endedMessage(ending), role: ending == .finished ? .success : .warning)
    }

    /// Ends a round of one's own when its time is up or its last card is
    /// sorted (a room's round ends when the facilitator reveals).
    mutating func checkRound() {
        guard let round, round.ownsClock, !round.isOver else { return }
        if round.phase(at: now) == .expired {
            endRound(.timeUp)
        } else if triage?.session.isFinished == true {
            endRound(.finished)
        }
    }

    /// Pauses the round's own clock, or resumes it.
    mutating func toggleRoundPause() {
        guard var round, round.canPause(at: now) else {
            showFlash("Only a round of your own has a clock to pause", role: .muted)
            return
        }
        if round.isPaused(at: now) {
            round.timer?.start(at: now)
            showFlash("Resumed", role: .muted)
        } else {
            round.timer?.pause(at: now)
            showFlash("Paused: sorting waits until you resume", role: .muted)
        }
        self.round = round
    }

    /// Why the round refuses `action` now, nil when it allows it: nothing
    /// moves once the round is over or while its clock is paused, and
    /// hidden verdicts stay hidden until the end.
    func roundRefusal(of action: TriageAction) -> String? {
        guard let round else { return nil }
        let moves: Bool
        switch action {
        case .cardSorted, .cardSkipped, .undoRequested, .redoRequested: moves = true
        default: moves = false
        }
        if round.isOver {
            return moves ? RoundStatus.closedMessage(round.ending ?? .timeUp) : nil
        }
        if round.isPaused(at: now), moves || action == .revealToggled {
            return "The round is paused: press p to resume"
        }
        if action == .revealToggled, round.ownsClock, round.hidesAnswers {
            return "The verdicts stay hidden until the round ends"
        }
        return nil
    }
}
