import FoundationEssentials
import LadderCore

/// How a round shows in the status bar: the countdown on the right, with
/// a word as well as a colour for the last 30 seconds, the pause and the end.
public enum RoundStatus {
    /// The round's clock as the status bar shows it at `now`, nil when
    /// there is nothing to show (an untimed round still running).
    public static func clock(_ round: TriageRound, at now: Date) -> (text: String, role: Role)? {
        if let ending = round.ending {
            return (ending == .timeUp ? "■ time is up" : "■ round over", .warning)
        }
        guard let phase = round.phase(at: now) else { return nil }
        switch phase {
        case .waiting: return ("waiting to start", .muted)
        case .running(let left): return ("▶ \(RoundPhase.clock(left)) left", .accent)
        case .warning(let left): return ("⚠ \(RoundPhase.clock(left)) left · last 30 s", .warning)
        case .paused(let left):
            let resume = round.ownsClock ? " · p resumes" : ""
            return ("⏸ \(RoundPhase.clock(left)) paused" + resume, .warning)
        case .expired: return ("■ time is up", .warning)
        }
    }

    /// The status bar's message in `state`: the round's clock first (so a
    /// narrow bar cuts the passing message, not the time), then the message.
    public static func message(in state: AppState) -> (text: String, role: Role)? {
        let flash = state.flash.map { (text: $0.text, role: $0.role) }
        guard let round = state.round, let clock = clock(round, at: state.now) else { return flash }
        guard let flash else { return clock }
        let role = clock.role == .warning ? Role.warning : flash.role
        return (clock.text + " · " + flash.text, role)
    }

    /// Said when the round ends.
    static func endedMessage(_ ending: TriageRound.Ending) -> String {
        switch ending {
        case .timeUp: "Time is up: the round is locked"
        case .finished: "Every card is sorted: the round is over"
        case .revealed: "The facilitator revealed the verdicts: here is how you did"
        }
    }

    /// Said when a move is refused after the end.
    static func closedMessage(_ ending: TriageRound.Ending) -> String {
        switch ending {
        case .timeUp: "Time is up: the round is locked"
        case .finished: "The round is over: the cards stay where they are"
        case .revealed: "The facilitator revealed the verdicts: the round is over"
        }
    }

    /// The summary's first line once a round ended with cards left.
    static func summaryHeading(_ ending: TriageRound.Ending, sorted: Int, total: Int) -> String {
        switch ending {
        case .timeUp: "Time is up: \(sorted) of \(total) cards sorted"
        case .revealed: "The verdicts are revealed: \(sorted) of \(total) cards sorted"
        case .finished: "Every card is sorted"
        }
    }
}

extension RoundStatus {
    /// The summary's first line in `state` when a round ended with cards
    /// left, nil for the usual one.
    static func summaryHeading(in state: AppState) -> String? {
        guard let ending = state.round?.ending, let session = state.triage?.session, !session.isFinished
        else { return nil }
        let progress = session.progress
        return summaryHeading(ending, sorted: progress.sorted, total: progress.total)
    }
}
