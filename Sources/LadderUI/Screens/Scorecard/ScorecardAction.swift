/// What the user did on the scorecard screen.
public enum ScorecardAction: Equatable, Sendable {
    /// Moved the statement selection by a number of rows (clamped to the list).
    case statementMoved(Int)
    /// Jumped to the first or the last statement.
    case statementJumped(toEnd: Bool)
    /// Jumped to the next statement without a rating, wrapping round.
    case nextUnansweredChosen
    /// Rated a statement 0 to 4 (clamped).
    case statementRated(id: Int, value: Int)
    /// Stepped the selected statement's rating down (-1) or up (+1); an
    /// unrated statement starts at the middle of the scale.
    case ratingStepped(Int)
    /// Took the selected statement's rating back, leaving it unanswered.
    case ratingCleared
    /// Showed or hid the full key to the numbers and marks.
    case keyToggled
    /// Asked for the scorecard to be exported on its own.
    case exportRequested
}
