import FoundationEssentials
import LadderCore

/// The scorecard screen's state: the self-assessment, the statement chosen,
/// the history to compare with, and the gauge that just moved most.
public struct ScorecardState: Equatable, Sendable {
    /// How long the gauge that moved most stays marked.
    public static let markDuration: TimeInterval = 2

    /// The answers so far.
    public var assessment: SelfAssessment
    /// The index of the chosen statement in `statements`.
    public var selected: Int = 0
    /// How far the statement list is scrolled.
    public var list = ListScroll()
    /// Earlier snapshots as loaded at start: the newest is "last time" for
    /// the changes shown, and each gauge's series draws its sparkline.
    public var history: ScorecardHistory
    /// The gauge that moved most with the latest rating, if any.
    public var marked: Gauge?
    /// When the mark stops showing.
    public var markedUntil: Date = .distantPast
    /// True while the full key to the numbers and marks replaces the statements.
    public var showsKey = false
    /// The first line of the full key shown (it scrolls with the statement keys).
    public var keyTop = 0
    /// The last result computed, with the inputs it came from.
    private(set) var cache: ScorecardCache?

    /// A scorecard with `assessment` answered and `history` behind it.
    public init(assessment: SelfAssessment = SelfAssessment(), history: ScorecardHistory = ScorecardHistory())
    {
        self.assessment = assessment
        self.history = history
    }

    /// The statements, in the order they are asked.
    public var statements: [AssessmentStatement] { AssessmentStatement.all }

    /// The chosen statement (nil only if there were no statements).
    public var selectedStatement: AssessmentStatement? {
        statements.indices.contains(selected) ? statements[selected] : nil
    }

    /// The gauge marked as the one that moved most, while the mark lasts.
    public func markedGauge(at now: Date) -> Gauge? {
        now < markedUntil ? marked : nil
    }

    /// What a scorecard with the cards of `triage` is computed from.
    public func basis(triage: TriageSession?) -> ScorecardBasis {
        ScorecardBasis(deck: triage?.fingerprint, statements: statements)
    }

    /// The snapshots that compare with a scorecard on the cards of
    /// `triage`: the same deck, statements and formula.
    public func comparableHistory(triage: TriageSession?) -> ScorecardHistory {
        history.matching(basis(triage: triage))
    }

    /// The values the changes are measured from: the newest comparable
    /// snapshot, nil when there is none.
    public func previousValues(triage: TriageSession?) -> [Gauge: Double]? {
        comparableHistory(triage: triage).latest?.values
    }

    /// The scorecard for the answers and the cards sorted in `triage`:
    /// the cached result when its inputs are unchanged, computed otherwise.
    public func result(triage: TriageSession?) -> ScorecardResult {
        if let cache, cache.matches(triage, assessment) { return cache.result }
        return ScorecardInputs.result(session: triage, assessment: assessment)
    }

    /// Recomputes the cached result when its inputs changed.
    public mutating func refresh(triage: TriageSession?) {
        if let cache, cache.matches(triage, assessment) { return }
        let result = ScorecardInputs.result(session: triage, assessment: assessment)
        cache = ScorecardCache(
            deck: triage?.deck, records: triage?.records, assessment: assessment, result: result)
    }

    /// States are equal when everything but the cache is.
    public static func == (lhs: ScorecardState, rhs: ScorecardState) -> Bool {
        lhs.assessment == rhs.assessment && lhs.selected == rhs.selected && lhs.list == rhs.list
            && lhs.history == rhs.history
            && lhs.marked == rhs.marked && lhs.markedUntil == rhs.markedUntil
            && lhs.showsKey == rhs.showsKey && lhs.keyTop == rhs.keyTop
    }
}

/// A computed scorecard and what it was computed from. Comparing the inputs
/// is cheap while the session is unchanged: its arrays are shared.
struct ScorecardCache: Sendable {
    /// The deck of the session, nil without one.
    var deck: Deck?
    /// The session's records, nil without one.
    var records: [CardRecord]?
    /// The answers.
    var assessment: SelfAssessment
    /// The result.
    var result: ScorecardResult

    /// True when `session` and `assessment` are the inputs of this result.
    func matches(_ session: TriageSession?, _ assessment: SelfAssessment) -> Bool {
        self.assessment == assessment && records == session?.records && deck == session?.deck
    }
}

extension AppState {
    /// The scorecard for the current answers and sorted cards.
    public var scorecardResult: ScorecardResult { scorecard.result(triage: triage?.session) }

    /// What `scorecardResult` is computed from.
    public var scorecardBasis: ScorecardBasis { scorecard.basis(triage: triage?.session) }

    /// The snapshots `scorecardResult` compares with.
    public var scorecardHistory: ScorecardHistory { scorecard.comparableHistory(triage: triage?.session) }
}
