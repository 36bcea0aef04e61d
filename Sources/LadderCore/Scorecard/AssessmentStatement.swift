/// A statement the user rates from 0 (not at all) to 4 (completely) in the
/// self-assessment. Each feeds one or more gauges with a whole-number weight:
/// a gauge's answer part is the weighted mean of the ratings that feed it.
public struct AssessmentStatement: Equatable, Sendable, Identifiable {
    /// A stable identifier, used as the key of a saved answer.
    public var id: Int
    /// The statement, written to be agreed or disagreed with.
    public var text: String
    /// The 1-based chapter of the bundled module it comes from.
    public var chapter: Int
    /// How strongly it feeds each gauge (only positive weights count).
    public var feeds: [Gauge: Int]

    /// Creates a statement.
    public init(id: Int, text: String, chapter: Int, feeds: [Gauge: Int]) {
        self.id = id
        self.text = text
        self.chapter = chapter
        self.feeds = feeds
    }

    /// The gauges it feeds, in display order.
    public var fedGauges: [Gauge] { Gauge.allCases.filter { (feeds[$0] ?? 0) > 0 } }

    /// The weight it carries for `gauge`; 0 when it does not feed it.
    public func weight(for gauge: Gauge) -> Int { max(0, feeds[gauge] ?? 0) }

    /// The statement with `id`, if there is one.
    public static func statement(id: Int) -> AssessmentStatement? { all.first { $0.id == id } }

    /// The ten statements of the self-assessment, in the order they are asked.
    public static let all: [AssessmentStatement] = [
        AssessmentStatement(
            id: 1, text: "The team around me multiplies what I put in rather than soaking it up.",
            chapter: 6, feeds: [.team: 2]),
        AssessmentStatement(
            id: 2, text: "Leadership has chosen to put money and attention into my area this quarter.",
            chapter: 6, feeds: [.timing: 2, .problem: 1]),
        AssessmentStatement(
            id: 3, text: "My manager could explain what I achieved, and why it mattered, without me there.",
            chapter: 8, feeds: [.narrative: 2]),
        AssessmentStatement(
            id: 4, text: "I own a problem that nobody has a ready answer to.",
            chapter: 2, feeds: [.scope: 2, .judgement: 1]),
        AssessmentStatement(
            id: 5, text: "I spend more of my week deciding what not to build than shipping.",
            chapter: 3, feeds: [.outputImpact: 2, .judgement: 1]),
        AssessmentStatement(
            id: 6, text: "I keep a written log of my results and why each one counted.",
            chapter: 8, feeds: [.narrative: 1]),
        AssessmentStatement(
            id: 7, text: "I picked the problem I work on now; it did not simply land on me.",
            chapter: 7, feeds: [.problem: 2]),
        AssessmentStatement(
            id: 8, text: "If I skipped the meeting where it gets settled, the decision would wait for me.",
            chapter: 4, feeds: [.judgement: 2, .scope: 1]),
        AssessmentStatement(
            id: 9, text: "I know whether I want the IC track or the management track, and I can say why.",
            chapter: 5, feeds: [.judgement: 1]),
        AssessmentStatement(
            id: 10, text: "My manager stands up for the team and is taken seriously by their own leaders.",
            chapter: 8, feeds: [.team: 1, .narrative: 1]),
    ]
}
