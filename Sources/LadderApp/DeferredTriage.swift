import LadderCore
import LadderUI

/// A backlog that start-up leaves for later. Loading the bundled deck and its
/// saved session costs more than the reader's whole first frame, and reading
/// never needs it, so `ladder read` and the contents start without it; the
/// runner loads it just before the first action that may use it (opening
/// triage or the scorecard).
public struct DeferredTriage {
    /// What loading gave: the triage to show (nil when the deck could not be
    /// read) and the problems met, for the status bar.
    public typealias Loaded = (triage: TriageState?, warnings: [String])

    private let load: (SelfAssessment) -> Loaded

    /// A triage made by `load`, which is given the self-assessment of the
    /// moment to score the session with.
    public init(load: @escaping (SelfAssessment) -> Loaded) {
        self.load = load
    }

    /// Loads the triage into `state`, warnings shown in its status bar.
    func fill(_ state: inout AppState) {
        let loaded = load(state.scorecard.assessment)
        state.triage = loaded.triage
        if let warning = loaded.warnings.first {
            let more = loaded.warnings.count > 1 ? " (+\(loaded.warnings.count - 1) more)" : ""
            state.apply(.flashed(warning + more, .warning))
        }
    }
}

extension Action {
    /// True for an action that may read the triage session: opening triage
    /// or the scorecard, and whatever is done there.
    var mayNeedTriage: Bool {
        switch self {
        case .screenOpened(let screen): screen == .triage || screen == .scorecard
        case .triage, .scorecard, .entry: true
        default: false
        }
    }
}
