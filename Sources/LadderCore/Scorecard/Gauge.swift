/// One of the seven readings on the leverage scorecard. The cases are listed
/// in display order, which also breaks ties wherever gauges are ranked.
public enum Gauge: String, CaseIterable, Sendable, Hashable, Codable, CodingKeyRepresentable {
    /// Whether the work is on the problem that matters most.
    case problem
    /// Whether the people around you multiply your effort.
    case team
    /// Whether you push ideas when the organisation can take them.
    case timing
    /// Whether your calls are sound where there is no right answer.
    case judgement
    /// How much undefined ground you are trusted to resolve.
    case scope
    /// Whether your real impact is known and credited to you.
    case narrative
    /// How much of the work you choose is impact rather than activity.
    case outputImpact

    /// The gauges fed by card weights (the five `LeverageWeights` dimensions).
    public static let leverage: [Gauge] = [.problem, .team, .timing, .scope, .narrative]

    /// The name the screen shows.
    public var label: String {
        switch self {
        case .problem: "Problem"
        case .team: "Team"
        case .timing: "Timing"
        case .judgement: "Judgement"
        case .scope: "Scope"
        case .narrative: "Narrative"
        case .outputImpact: "Output / Impact"
        }
    }

    /// What the gauge reads, in one line.
    public var meaning: String {
        switch self {
        case .problem: "Are you working on the problem that matters most, not the easiest one?"
        case .team: "Does the team around you multiply your effort or soak it up?"
        case .timing: "Do you push ideas when the organisation is ready to back them?"
        case .judgement: "Are your calls sound when nobody can hand you the answer?"
        case .scope: "How much undefined ground are you trusted to resolve on your own?"
        case .narrative: "Is your real impact known, understood and credited to you?"
        case .outputImpact: "Is the work you choose impact (100) or mere activity (0)?"
        }
    }

    /// The 1-based chapter of the bundled module that speaks to this gauge.
    public var chapter: Int {
        switch self {
        case .problem, .team: 7
        case .timing: 6
        case .judgement: 4
        case .scope: 2
        case .narrative: 8
        case .outputImpact: 3
        }
    }

    /// The gauge's position in display order, from 0.
    public var order: Int { Gauge.allCases.firstIndex(of: self) ?? 0 }

    /// The band `value` falls in on this gauge.
    public func band(for value: Double) -> GaugeBand { GaugeBand(value: value) }
}
