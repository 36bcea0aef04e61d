import LadderCore

/// The triage screen's state: the session being sorted and what is shown.
public struct TriageState: Equatable, Sendable {
    /// The sorting session.
    public var session: TriageSession

    /// Starts showing `session`.
    public init(session: TriageSession) {
        self.session = session
    }
}
