/// Work an update asks the runner to do outside the pure state: files and
/// the terminal. Each is named for what happened, not how to handle it.
public enum Effect: Equatable, Sendable {
    /// The triage session changed and should be saved (the runner may wait
    /// for a pause before writing).
    case triageChanged
    /// The user asked to export the triage result.
    case triageExportRequested
    /// A triage deck was finished; its scorecard belongs in the history.
    case triageFinished
    /// The self-assessment changed and should be saved.
    case assessmentChanged
    /// The user asked to export the scorecard on its own.
    case scorecardExportRequested
    /// The theme was switched to this name.
    case themeChanged(String)
}
