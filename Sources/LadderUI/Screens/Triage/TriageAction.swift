import LadderCore

/// What the user did on the triage screen.
public enum TriageAction: Equatable, Sendable {
    /// Put the current card on a pile (`←`/`h` or `→`/`l`).
    case cardSorted(Verdict)
    /// Sent the current card to the back of the queue (`s`).
    case cardSkipped
    /// Showed or hid why the lesson files the card where it does (Space, Enter).
    case revealToggled
    /// Took back the last sort or skip (`u`).
    case undoRequested
    /// Made the last undone move again (Ctrl-R).
    case redoRequested
    /// Showed or hid the gauges over the card on a narrow terminal (`g`, Tab).
    case gaugesToggled
    /// Scrolled the card's reason by a number of lines, when it is cut.
    case reasonScrolled(Int)
    /// Scrolled the summary's list by a number of items.
    case summaryScrolled(Int)
    /// Asked for the result to be written out (`e` on the summary).
    case exportRequested
    /// Started a note on the card just sorted, or the one up (`n`).
    case noteStarted
}
