/// What a participant in a restricted room (`ladder join --restricted`, or
/// a room made with `--restricted`) may not do, whatever key, click or
/// screen they try it from: write a file outside the room (the in-app
/// exports), or leave ladder for the shell (Ctrl-Z). Nothing in the app
/// opens a file a participant names or reads another participant's
/// results, so there is nothing else to refuse; the tests walk every
/// binding in restricted state to keep it so.
public enum RestrictedMode {
    /// Said when an export is refused.
    public static let exportRefusal =
        "Exports are off in this room: your results file in the room is your record"
    /// Said when Ctrl-Z is refused.
    public static let suspendRefusal = "Suspending is off in this room: q leaves ladder"

    /// Why `action` is refused in restricted mode, nil when it is allowed.
    public static func refusal(of action: Action) -> String? {
        switch action {
        case .triage(.exportRequested), .scorecard(.exportRequested): exportRefusal
        default: nil
        }
    }

    /// The effects an update may ask for in restricted mode: saving the
    /// session and assessment (kept in memory there), and switching
    /// among the shipped themes. Anything else would reach outside the room.
    public static func allows(_ effect: Effect) -> Bool {
        switch effect {
        case .triageChanged, .triageFinished, .assessmentChanged, .themeChanged: true
        case .triageExportRequested, .scorecardExportRequested: false
        }
    }
}
