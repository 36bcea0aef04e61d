import FoundationEssentials
import LadderCore

/// The triage screen's state: the session being sorted, what is shown, and
/// the live scorecard kept as running sums so that no key and no frame ever
/// walks the whole deck.
public struct TriageState: Equatable, Sendable {
    /// How long the gauge that moved most stays marked.
    public static let markDuration: TimeInterval = 1.5

    /// The session; setting it from outside rebuilds the caches (O(cards)).
    public var session: TriageSession {
        get { stored }
        set {
            stored = newValue
            rebuild()
        }
    }
    /// True while the lesson's answer for the current card is shown.
    public var isRevealed = false
    /// True while the gauges are shown over the card (narrow terminals).
    public var showsGauges = false
    /// The first item of the summary's list that is shown.
    public var summaryTop = 0
    /// The first line of the card's reason shown, when it is taller than the card.
    public var reasonTop = 0
    /// The gauge that moved most on the last decision, undo or redo.
    public var marked: Gauge?
    /// When `marked` stops being shown.
    public var markedUntil: Date?
    /// True once the round this triage runs in is over: the summary shows
    /// even with cards left.
    public var isRoundOver = false {
        didSet { refreshDisagreements() }
    }
    /// True when the summary shows instead of a card.
    public var showsSummary: Bool { stored.isFinished || isRoundOver }

    /// The session itself; changed only through the methods below.
    private var stored: TriageSession
    /// The sorted cards as running sums.
    public private(set) var tally: ScorecardTally
    /// The sums before the last decision, undo or redo; nil before any.
    public private(set) var previousTally: ScorecardTally?
    /// The answers `score` and `previousScore` were computed with.
    public private(set) var scoredAssessment: SelfAssessment
    /// The live scorecard for `tally` and `scoredAssessment`.
    public private(set) var score: ScorecardResult
    /// The scorecard before the last decision, undo or redo.
    public private(set) var previousScore: ScorecardResult?
    /// Deck indices the summary lists as disagreements; filled only once
    /// the session is finished.
    public private(set) var disagreements: [Int] = []

    /// Starts showing `session`, scored with `assessment`.
    public init(session: TriageSession, assessment: SelfAssessment = SelfAssessment()) {
        stored = session
        tally = ScorecardTally()
        scoredAssessment = assessment
        score = .neutral
        rebuild()
    }

    /// The live scorecard and the one before the last move, for `assessment`:
    /// the cached pair when it matches, else computed from the sums (O(1) in cards).
    public func scores(for assessment: SelfAssessment) -> (now: ScorecardResult, before: ScorecardResult?) {
        if assessment == scoredAssessment { return (score, previousScore) }
        return (tally.result(assessment: assessment), previousTally?.result(assessment: assessment))
    }

    /// The gauge to mark at `date`, nil once its moment has passed.
    public func visibleMark(at date: Date) -> Gauge? {
        guard let marked, let markedUntil, date < markedUntil else { return nil }
        return marked
    }

    /// True while a gauge is marked at `date`: the runner should tick until then.
    public func needsTicks(at date: Date) -> Bool { visibleMark(at: date) != nil }

    /// Forgets the mark once `date` has passed its moment.
    public mutating func expireMark(at date: Date) {
        guard let markedUntil, date >= markedUntil else { return }
        marked = nil
        self.markedUntil = nil
    }

    /// Recomputes the cached scores for new answers (O(1) in cards).
    public mutating func rescore(assessment: SelfAssessment) {
        guard assessment != scoredAssessment else { return }
        scoredAssessment = assessment
        score = tally.result(assessment: assessment)
        previousScore = previousTally?.result(assessment: assessment)
    }

    /// Makes a change to the session that may move cards between piles,
    /// keeping the sums in step and marking the gauge that moved most.
    /// `change` returns the decisions it took back and the ones it made.
    mutating func changePiles(
        at date: Date,
        _ change: (inout TriageSession) -> (removed: ScoredDecision?, added: ScoredDecision?)
    ) {
        let (removed, added) = change(&stored)
        isRevealed = false
        reasonTop = 0
        refreshDisagreements()
        guard removed != nil || added != nil else { return }
        let before = score
        previousTally = tally
        previousScore = before
        if let removed { tally.remove(removed) }
        if let added { tally.add(added) }
        score = tally.result(assessment: scoredAssessment)
        marked = score.biggestMover(from: before)
        markedUntil = marked == nil ? nil : date.addingTimeInterval(Self.markDuration)
    }

    /// Changes the session without moving any card between piles.
    mutating func changeSession(_ change: (inout TriageSession) -> Void) {
        change(&stored)
    }

    /// Rebuilds every cache from the session.
    private mutating func rebuild() {
        tally = stored.scorecardTally
        previousTally = nil
        previousScore = nil
        score = tally.result(assessment: scoredAssessment)
        marked = nil
        markedUntil = nil
        isRevealed = false
        summaryTop = 0
        refreshDisagreements()
    }

    /// Lists the disagreements, then the contested cards, when the session
    /// is finished (O(cards), once per finish), and forgets them otherwise.
    private mutating func refreshDisagreements() {
        if showsSummary {
            if disagreements.isEmpty { disagreements = stored.disagreementIndices + stored.contestedIndices }
        } else {
            disagreements = []
            summaryTop = 0
        }
    }
}
