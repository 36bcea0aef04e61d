import LadderCore

/// What the user did on the triage screen.
public enum TriageAction: Equatable, Sendable {
    /// Put the current card on a pile.
    case cardSorted(Verdict)
}
