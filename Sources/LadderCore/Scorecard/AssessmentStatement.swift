/// A statement the user rates from 0 (not at all) to 4 (completely) in the
/// self-assessment. Each feeds one or more gauges with a weight of 1 or 2
/// and cites the chapter of the bundled module it comes from by its stable id.
public struct AssessmentStatement: Equatable, Sendable, Identifiable {
    /// A stable identifier, used as the key of a saved answer. A statement
    /// whose meaning changes gets a new id, so an old answer never speaks
    /// for a different statement.
    public var id: Int
    /// The statement, written to be agreed or disagreed with.
    public var text: String
    /// The stable id of the bundled module's chapter it comes from.
    public var chapter: String
    /// How strongly it feeds each gauge (only positive weights count).
    public var feeds: [Gauge: Int]

    /// Creates a statement.
    public init(id: Int, text: String, chapter: String, feeds: [Gauge: Int]) {
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

    /// Ids of statements that were asked once and retired because their
    /// meaning changed; saved answers to them are dropped on loading.
    /// 5 claimed more of the week goes to deciding than to shipping, which the
    /// lesson contradicts (those decisions take little time; their value is
    /// what is large); 11 asks about that value instead.
    public static let retiredIDs: Set<Int> = [5]
}
