/// What the user did on the scorecard screen.
public enum ScorecardAction: Equatable, Sendable {
    /// Rated a statement 0 to 4.
    case statementRated(id: Int, value: Int)
}
