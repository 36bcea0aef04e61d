/// How much a card speaks to each leverage dimension, each from -2 to 2.
/// Positive means choosing this work builds that dimension; negative means it
/// spends it. The scorecard model documents how these become gauges.
public struct LeverageWeights: Equatable, Hashable, Sendable, Codable {
    /// Leverage in the problem chosen.
    public var problem: Int
    /// Leverage in the team.
    public var team: Int
    /// Leverage in the timing.
    public var timing: Int
    /// Ambiguity the work carries.
    public var scope: Int
    /// Visibility and attribution of the impact.
    public var narrative: Int
    /// How far the work builds on itself (judgement, reputation, the next
    /// opportunity) rather than resetting to zero each quarter.
    public var compounding: Int

    /// Creates weights; each is clamped to -2...2.
    public init(
        problem: Int = 0, team: Int = 0, timing: Int = 0, scope: Int = 0, narrative: Int = 0,
        compounding: Int = 0
    ) {
        self.problem = Self.clamp(problem)
        self.team = Self.clamp(team)
        self.timing = Self.clamp(timing)
        self.scope = Self.clamp(scope)
        self.narrative = Self.clamp(narrative)
        self.compounding = Self.clamp(compounding)
    }

    /// No weight on any dimension.
    public static let zero = LeverageWeights()

    private static func clamp(_ value: Int) -> Int { min(2, max(-2, value)) }
}
