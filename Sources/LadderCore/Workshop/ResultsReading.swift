import Dispatch
import FoundationEssentials
import Synchronization

/// Decodes many results files at once, spread over the machine's cores:
/// a room of hundreds reports in well under a second.
enum ResultsReading {
    /// Each file's results or the reason it cannot be used, in the order given.
    static func decodeAll(_ files: [String]) -> [Result<ParticipantResults, InputError>] {
        let box = ResultsBox(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let outcome: Result<ParticipantResults, InputError>
            do throws(InputError) {
                outcome = .success(try ResultsCodec.readForReport(URL(fileURLWithPath: files[index])))
            } catch {
                outcome = .failure(error)
            }
            box.set(index, outcome)
        }
        return box.values
    }
}

/// Slots written from several threads, each slot by one thread only.
private final class ResultsBox: Sendable {
    private let slots: Mutex<[Result<ParticipantResults, InputError>?]>

    init(count: Int) {
        slots = Mutex(Array(repeating: nil, count: count))
    }

    func set(_ index: Int, _ value: Result<ParticipantResults, InputError>) {
        slots.withLock { $0[index] = value }
    }

    var values: [Result<ParticipantResults, InputError>] {
        slots.withLock { slots in slots.map { $0 ?? .failure(InputError(file: "?", "not read")) } }
    }
}
