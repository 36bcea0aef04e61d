import LadderCore

/// The scorecard screen's state: the self-assessment and the history.
public struct ScorecardState: Equatable, Sendable {
    /// The answers so far.
    public var assessment = SelfAssessment()

    /// An empty scorecard.
    public init() {}
}
