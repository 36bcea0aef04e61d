import FoundationEssentials
import LadderApp
import LadderCore
import LadderUI

/// A participant's side of a room while the round runs: writes their
/// results at every change, follows the facilitator's control file (read
/// again within half a second of a change), shows the countdown in the
/// status bar, and undoes any sort made while the round is not open.
final class RoomFollower: RunCompanion {
    let room: RoomFolder
    let settings: RoomSettings
    let resultsURL: URL
    private(set) var results: ParticipantResults
    private(set) var control: RoomControl
    private var controlStamp: FileStamp?
    private var lastSession: TriageSession?
    private var lastMessage: String?
    private var lastLook = Date.distantPast
    private(set) var nextDeadline: Date?
    /// Problems writing the results, said once on screen.
    private(set) var writeProblem: String?

    init(
        room: RoomFolder, settings: RoomSettings, results: ParticipantResults, url: URL, control: RoomControl
    ) {
        self.room = room
        self.settings = settings
        self.results = results
        resultsURL = url
        self.control = control
    }

    func settled(_ state: inout AppState, at now: Date) {
        if now.timeIntervalSince(lastLook) >= 0.5 {
            lastLook = now
            followControl()
        }
        hideFeedbackUntilReveal(&state)
        // The reveal ends the round: each participant lands on their own
        // summary, with their agreement with the lesson.
        if control.isRevealed, state.round?.isOver == false { state.endRound(.revealed) }
        guard let session = state.triage?.session else { return }
        if settings.hideAnswers, !control.isRevealed, state.triage?.isRevealed == true {
            // Answers stay hidden until the facilitator reveals them: the
            // look is taken back, and not counted as a peek.
            restore(lastSession ?? session, in: &state)
            state.apply(.flashed("The verdicts stay hidden until the facilitator reveals them", .warning))
            lastMessage = nil
        } else if let previous = lastSession, previous != session {
            if control.acceptsSorting(at: now, settings: settings) {
                write(session, state: state, now: now)
            } else {
                restore(previous, in: &state)
                state.apply(.flashed(closedReason(at: now), .warning))
                lastMessage = nil
            }
        } else if lastSession == nil {
            write(session, state: state, now: now)
        }
        lastSession = state.triage?.session
        showClock(&state, at: now)
        let tick = control.timer?.nextChange(after: now) ?? now.addingTimeInterval(1)
        nextDeadline = min(tick, now.addingTimeInterval(0.5))
    }

    /// With answers hidden, the session shows no feedback (no verdict after
    /// a sort, no reason on "why") until the facilitator reveals them; the
    /// copy kept for comparison follows, so the switch is not a sort.
    private func hideFeedbackUntilReveal(_ state: inout AppState) {
        let hidden = settings.hideAnswers && !control.isRevealed
        guard let shown = state.triage?.session.showsFeedback, shown == hidden else { return }
        state.triage?.session.showsFeedback = !hidden
        lastSession?.showsFeedback = !hidden
    }

    /// Takes the triage back to `session`, keeping the summary up once the round is over.
    private func restore(_ session: TriageSession, in state: inout AppState) {
        state.triage = TriageState(session: session, assessment: state.scorecard.assessment)
        state.triage?.isRoundOver = state.round?.isOver ?? false
    }

    /// Rereads the control file when it changed on disk.
    private func followControl() {
        let stamp = FileStamp(path: room.controlURL.path)
        guard stamp != controlStamp || stamp == nil else { return }
        controlStamp = stamp
        if let fresh = try? room.control(settings) { control = fresh }
    }

    private func write(_ session: TriageSession, state: AppState, now: Date) {
        let values = session.scorecardTally.result(assessment: state.scorecard.assessment).values
        results = ParticipantResults(
            session: session, seed: settings.seed, room: settings.title, participant: results.participant,
            joinedAt: results.times.joinedAt, now: now, answersHidden: settings.hideAnswers,
            scorecard: Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) }),
            rejoin: results.rejoin)
        do {
            try DurableFile.write(
                try ResultsCodec.encode(results), to: resultsURL, mode: DurableFile.resultsMode)
        } catch {
            writeProblem = error.description
        }
    }

    /// Why sorting is closed at `now`.
    private func closedReason(at now: Date) -> String {
        if control.isRevealed { return "The facilitator revealed the verdicts: the round is over" }
        if control.lockedAt != nil { return "The facilitator locked the round" }
        switch control.phase(at: now) {
        case .waiting: return "Waiting for the facilitator to start the round"
        case .paused: return "The round is paused"
        default: return "Time is up: the round is locked"
        }
    }

    /// The countdown (or the round's state) on the status bar, unless the
    /// app is showing a message of its own.
    private func showClock(_ state: inout AppState, at now: Date) {
        if let flash = state.flash, flash.text != lastMessage { return }
        let text: String
        var role = Role.accent
        if let problem = writeProblem {
            text = problem
            role = .error
        } else if !control.acceptsSorting(at: now, settings: settings) {
            text = closedReason(at: now)
            role = .warning
        } else if case .warning(let left) = control.phase(at: now) {
            text = "\(settings.title) · \(RoundPhase.clock(left)) left"
            role = .warning
        } else if case .running(let left) = control.phase(at: now), left.isFinite {
            text = "\(settings.title) · \(RoundPhase.clock(left)) left"
        } else {
            text = settings.title
        }
        state.apply(.flashed(text, role))
        lastMessage = text
    }
}
