/// One of the eight readings of the leverage profile. The cases are listed
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
    /// Whether your results build on each other or reset every quarter.
    case compounding

    /// The gauges whose card half reads what the chosen work builds, from
    /// the card weight of the same name.
    public static let built: [Gauge] = [.problem, .team, .timing, .scope, .narrative, .compounding]

    /// The name the screen shows.
    public var label: String {
        switch self {
        case .problem: "Problem"
        case .team: "Team"
        case .timing: "Timing"
        case .judgement: "Judgement"
        case .scope: "Scope"
        case .narrative: "Narrative"
        case .outputImpact: "Output → Impact"
        case .compounding: "Compounding"
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
        case .compounding: "Does each result earn you the next, or does every quarter start from zero?"
        }
    }

    /// The stable id of the bundled module's chapter that speaks to this gauge.
    public var chapter: String {
        switch self {
        case .problem, .team: "choosing"
        case .timing: "leverage"
        case .judgement, .scope: "measures"
        case .narrative: "narrative"
        case .outputImpact: "output"
        case .compounding: "compounding"
        }
    }

    /// The gauge's position in display order, from 0.
    public var order: Int { Gauge.allCases.firstIndex(of: self) ?? 0 }
}
