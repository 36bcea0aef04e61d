import FoundationEssentials
import LadderCore

extension AppState {
    /// Turns what the runner reports back (an export written, a file that
    /// could not be written) into a message in the status bar.
    mutating func applyReport(_ action: Action) {
        switch action {
        case .exportFinished(let url):
            showFlash("Exported to \(url.path)", role: .success)
        case .exportFailed(let error):
            showFlash("Export failed: \(error.description)", role: .error)
        case .saveFailed(let error):
            showFlash("Could not save: \(error.description)", role: .error)
        default:
            break
        }
    }
}
