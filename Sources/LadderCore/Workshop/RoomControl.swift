import FoundationEssentials

/// The round as the facilitator steers it, written by the facilitator's
/// console as `control.json` and followed by every participant: the
/// timer, the lock and the reveal.
public struct RoomControl: Codable, Equatable, Sendable {
    /// The control format this ladder writes and reads.
    public static let currentVersion = 1

    /// The control format version.
    public var version: Int
    /// Goes up by one at every change, so a follower can tell news from a rewrite.
    public var revision: Int
    /// The countdown, nil for an untimed round.
    public var timer: RoundTimer?
    /// When an untimed round was opened by the facilitator, if it was.
    public var openedAt: Date?
    /// When the facilitator locked the round, nil while open.
    public var lockedAt: Date?
    /// When the facilitator revealed the lesson's verdicts, nil before.
    public var revealedAt: Date?

    /// The control of a room with `settings`, before anything happened.
    public init(settings: RoomSettings) {
        version = Self.currentVersion
        revision = 0
        timer = settings.timerSeconds.map { RoundTimer(limit: $0) }
    }

    /// True once the verdicts have been revealed to everyone.
    public var isRevealed: Bool { revealedAt != nil }

    /// Where the round stands at `now`.
    public func phase(at now: Date) -> RoundPhase {
        timer?.phase(at: now) ?? (openedAt == nil ? .waiting : .running(remaining: .infinity))
    }

    /// True when no more sorting is allowed at `now`: locked by the
    /// facilitator, revealed, or out of time.
    public func isLocked(at now: Date) -> Bool {
        lockedAt != nil || revealedAt != nil || phase(at: now) == .expired
    }

    /// True when participants may sort at `now`.
    public func acceptsSorting(at now: Date, settings: RoomSettings) -> Bool {
        guard !isLocked(at: now) else { return false }
        switch phase(at: now) {
        case .running, .warning: return true
        case .waiting: return !settings.waitsForStart
        case .paused, .expired: return false
        }
    }

    /// Applies the facilitator's `command` at `now`; returns false when it
    /// changes nothing (so nothing needs writing). Once revealed the round
    /// is over: every command is refused, so the file never runs a clock
    /// or reopens sorting after the verdicts are out. A locked round does
    /// not start until it is unlocked.
    @discardableResult
    public mutating func apply(_ command: RoomCommand, at now: Date) -> Bool {
        guard !isRevealed else { return false }
        let before = self
        switch command {
        case .start:
            guard lockedAt == nil else { return false }
            if timer == nil, openedAt == nil { openedAt = now }
            timer?.start(at: now)
        case .pause:
            timer?.pause(at: now)
        case .extend(let seconds):
            timer?.extend(by: seconds, at: now)
        case .lock:
            if lockedAt == nil { lockedAt = now }
            timer?.pause(at: now)
        case .unlock:
            lockedAt = nil
        case .reveal:
            if revealedAt == nil { revealedAt = now }
            if lockedAt == nil { lockedAt = now }
            timer?.pause(at: now)
        }
        guard self != before else { return false }
        revision += 1
        return true
    }
}

/// What the facilitator can do to a round.
public enum RoomCommand: Equatable, Sendable {
    /// Start the round, or resume it when paused.
    case start
    /// Stop the clock, keeping the time left.
    case pause
    /// Add seconds to the round.
    case extend(TimeInterval)
    /// Stop all sorting.
    case lock
    /// Allow sorting again (while time is left).
    case unlock
    /// Show everyone the lesson's verdicts; this also locks the round.
    case reveal
}
