import Dispatch
import FoundationEssentials
import LadderCore
import Synchronization

/// Writes the triage session on a thread of its own, one save after
/// another, so that encoding a large backlog (a second for 100,000 cards)
/// never holds up a key. The run loop hands it a copy of the session and
/// goes on; problems come back through `takeProblems`, and `finish` waits
/// for every save handed over, which the final save at exit does first.
final class SessionWriter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "ladder.session-writer")
    private let problems = Mutex<[InputError]>([])

    /// Saves `session` under `folder` after the saves handed over before it.
    func save(_ session: TriageSession, folder: URL) {
        queue.async {
            do throws(InputError) {
                try TriageStore.save(session, folder: folder)
            } catch {
                self.problems.withLock { $0.append(error) }
            }
        }
    }

    /// Waits until every save handed over so far is on disk.
    func finish() {
        queue.sync {}
    }

    /// The problems met since the last call.
    func takeProblems() -> [InputError] {
        problems.withLock { problems in
            defer { problems.removeAll() }
            return problems
        }
    }
}
