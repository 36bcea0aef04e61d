/// How much a card speaks to each leverage dimension, each from -2 to 2.
/// Positive means choosing this work builds that dimension; negative means it
/// spends it. `judgement` is different: its size says how much the lesson's
/// call on the card hinges on judgement (its sign is ignored). The scorecard
/// model documents how these become gauges.
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
    /// How much the lesson's call on the card is a judgement call.
    public var judgement: Int
    /// Whether the result builds on itself (positive) or resets (negative).
    public var compounding: Int

    /// Creates weights; each is clamped to -2...2.
    public init(
        problem: Int = 0, team: Int = 0, timing: Int = 0, scope: Int = 0, narrative: Int = 0,
        judgement: Int = 0, compounding: Int = 0
    ) {
        self.problem = Self.clamp(problem)
        self.team = Self.clamp(team)
        self.timing = Self.clamp(timing)
        self.scope = Self.clamp(scope)
        self.narrative = Self.clamp(narrative)
        self.judgement = Self.clamp(judgement)
        self.compounding = Self.clamp(compounding)
    }

    /// No weight on any dimension.
    public static let zero = LeverageWeights()

    private enum CodingKeys: String, CodingKey {
        case problem, team, timing, scope, narrative, judgement, compounding
    }

    /// Decodes weights; a dimension the file does not name is 0, so files
    /// written before a dimension existed still read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func value(_ key: CodingKeys) throws -> Int {
            try container.decodeIfPresent(Int.self, forKey: key) ?? 0
        }
        self.init(
            problem: try value(.problem), team: try value(.team), timing: try value(.timing),
            scope: try value(.scope), narrative: try value(.narrative), judgement: try value(.judgement),
            compounding: try value(.compounding))
    }

    private static func clamp(_ value: Int) -> Int { min(2, max(-2, value)) }
}
