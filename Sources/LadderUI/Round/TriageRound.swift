import FoundationEssentials
import LadderCore

/// A triage run as a round: a title, an optional countdown, answers kept
/// hidden until the end, and how it ended. A round of one's own (`ladder
/// triage --timer`) keeps its own clock, which a key pauses; a room's round
/// follows the facilitator's control file instead.
public struct TriageRound: Equatable, Sendable {
    /// How a round ended.
    public enum Ending: Equatable, Sendable {
        /// The countdown reached zero.
        case timeUp
        /// Every card was sorted.
        case finished
        /// The facilitator revealed the lesson's verdicts to the room.
        case revealed
    }

    /// The round's title (the room's, or the deck's).
    public let title: String
    /// The countdown, nil for an untimed round.
    public internal(set) var timer: RoundTimer?
    /// True for a round of one's own: its clock is the participant's to pause.
    public let ownsClock: Bool
    /// True when the lesson's verdicts stay hidden until the round ends.
    public let hidesAnswers: Bool
    /// How the round ended, nil while it runs.
    public internal(set) var ending: Ending?
    /// When it ended.
    public internal(set) var endedAt: Date?

    /// A round called `title`, `limit` seconds long (nil: untimed); its
    /// clock starts when the app begins it.
    public init(title: String, limit: TimeInterval?, ownsClock: Bool, hidesAnswers: Bool) {
        self.title = title
        timer = limit.map { RoundTimer(limit: $0) }
        self.ownsClock = ownsClock
        self.hidesAnswers = hidesAnswers
    }

    /// True once the round has ended: sorting is closed and the summary shows.
    public var isOver: Bool { ending != nil }

    /// Where the countdown stands at `now`, nil for an untimed round.
    public func phase(at now: Date) -> RoundPhase? { timer?.phase(at: now) }

    /// True while the round's own clock is stopped with time left.
    public func isPaused(at now: Date) -> Bool {
        guard !isOver, case .paused? = phase(at: now) else { return false }
        return true
    }

    /// True when the participant may pause or resume the clock at `now`.
    public func canPause(at now: Date) -> Bool {
        guard ownsClock, !isOver, let phase = phase(at: now) else { return false }
        switch phase {
        case .running, .warning, .paused: return true
        case .waiting, .expired: return false
        }
    }

    /// When what the countdown shows next changes, nil when it does not.
    public func nextChange(after now: Date) -> Date? {
        isOver ? nil : timer?.nextChange(after: now)
    }
}
