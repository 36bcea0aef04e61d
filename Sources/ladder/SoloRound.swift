import FoundationEssentials
import LadderApp
import LadderCore
import LadderUI

/// A round on one's own (`ladder triage --timer 5m --seed N --hide-answers
/// --name NAME --results FILE`): no room, the participant's own clock. The
/// app runs the round (countdown, pause, lock and summary at zero); this
/// writes the results in the results schema when it ends, again if a note
/// is added after, and at quit for a round left early.
final class SoloRound: RunCompanion {
    /// Where the results go.
    let target: URL
    /// True when the file was named with `--results` (written with the
    /// umask's permissions); false for the state folder (owner only).
    let named: Bool
    let participant: ParticipantResults.Participant
    let seed: UInt64?
    let startedAt: Date
    /// The session last written, so an unchanged round is not written twice.
    private var written: TriageSession?
    /// What went wrong writing, said on screen and after the run.
    private(set) var problem: InputError?
    let nextDeadline: Date? = nil

    init(target: URL, named: Bool, name: ParticipantName, seed: UInt64?, startedAt: Date) {
        self.target = target
        self.named = named
        participant = .init(id: RoomJoin.newID(), name: name.display)
        self.seed = seed
        self.startedAt = startedAt
    }

    func settled(_ state: inout AppState, at now: Date) {
        guard state.round?.isOver == true, state.triage?.session != written else { return }
        if write(state, at: now) {
            state.apply(.flashed("Round over: results written to \(target.lastPathComponent)", .success))
        } else if let problem {
            state.apply(.flashed("Could not write the results: \(problem.description)", .error))
        }
    }

    /// Writes what is not written yet once the app has ended; nil when
    /// there was nothing to write (a round left before anything happened).
    func finish(_ state: AppState, at now: Date) -> URL? {
        guard let session = state.triage?.session, session != written else {
            return written == nil ? nil : target
        }
        let touched =
            session.progress.sorted > 0 || session.canUndo
            || session.records.contains { $0.note != nil || $0.reveals > 0 }
        guard touched || state.round?.isOver == true else { return nil }
        return write(state, at: now) ? target : nil
    }

    /// The round's results in `state` at `now`.
    func results(_ state: AppState, at now: Date) -> ParticipantResults? {
        guard let session = state.triage?.session else { return nil }
        let values = session.scorecardTally.result(assessment: state.scorecard.assessment).values
        return ParticipantResults(
            session: session, seed: seed, room: nil, participant: participant, joinedAt: startedAt,
            now: now, answersHidden: state.round?.hidesAnswers ?? false,
            scorecard: Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) }))
    }

    private func write(_ state: AppState, at now: Date) -> Bool {
        guard let results = results(state, at: now) else { return false }
        do {
            try AtomicFile.write(
                try ResultsCodec.encode(results), to: target, access: named ? .umask : .owner)
            written = state.triage?.session
            problem = nil
            return true
        } catch {
            problem = error
            written = state.triage?.session
            return false
        }
    }
}

extension SoloRound {
    /// Writes what is left once the app has ended and says where the
    /// results went; returns the exit code (74 when they could not be written).
    func report(_ state: AppState, status: Int32) -> Int32 {
        let url = finish(state, at: Date())
        if let problem {
            Console.error("could not write the round's results: \(problem.description)")
            return status == 0 ? problem.exitCode : status
        }
        if let url { Console.out("results: \(Sanitizer.visible(url.path))\n") }
        return status
    }
}
