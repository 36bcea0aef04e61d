import FoundationEssentials

/// A round's countdown as plain data: how long the round may run, and how
/// much of it has run. Every question takes the time as an argument, so
/// the same value answers for the facilitator and for every participant,
/// and tests drive it with any clock they like.
public struct RoundTimer: Codable, Equatable, Sendable {
    /// The seconds the round may run, extensions included.
    public private(set) var limit: TimeInterval
    /// When the round was first started, nil before that.
    public private(set) var startedAt: Date?
    /// When the current stretch of running began, nil while not running.
    public private(set) var runningSince: Date?
    /// Seconds run in the stretches before the current one.
    public private(set) var elapsedBefore: TimeInterval
    /// When the clock was last paused, nil while running or before the start.
    public private(set) var pausedAt: Date?
    /// Seconds added by extensions so far.
    public private(set) var extended: TimeInterval

    /// A countdown of `limit` seconds that has not started.
    public init(limit: TimeInterval) {
        self.limit = max(0, limit)
        elapsedBefore = 0
        extended = 0
    }

    /// Seconds of the round that have run at `now` (never more than the limit).
    public func elapsed(at now: Date) -> TimeInterval {
        let running = runningSince.map { max(0, now.timeIntervalSince($0)) } ?? 0
        return min(limit, elapsedBefore + running)
    }

    /// Seconds left at `now`, from `limit` down to 0.
    public func remaining(at now: Date) -> TimeInterval {
        max(0, limit - elapsed(at: now))
    }

    /// True while the clock is running.
    public var isRunning: Bool { runningSince != nil }

    /// True once the round has been started (running, paused or over).
    public var hasStarted: Bool { startedAt != nil }

    /// Where the round stands at `now`.
    public func phase(at now: Date) -> RoundPhase {
        guard hasStarted else { return .waiting }
        let left = remaining(at: now)
        if left <= 0 { return .expired }
        guard isRunning else { return .paused(remaining: left) }
        return left <= RoundPhase.warningSeconds ? .warning(remaining: left) : .running(remaining: left)
    }

    /// Starts the round at `now`, or resumes it when paused. Does nothing
    /// while running or once the time is up.
    public mutating func start(at now: Date) {
        guard !isRunning, remaining(at: now) > 0 else { return }
        if startedAt == nil { startedAt = now }
        runningSince = now
        pausedAt = nil
    }

    /// Stops the clock at `now`, keeping the time left. Does nothing unless running.
    public mutating func pause(at now: Date) {
        guard isRunning else { return }
        elapsedBefore = elapsed(at: now)
        runningSince = nil
        pausedAt = now
    }

    /// Adds `seconds` to the round at `now`. A round already at zero gets
    /// exactly `seconds` more, counted from `now` if it is running.
    public mutating func extend(by seconds: TimeInterval, at now: Date) {
        guard seconds > 0 else { return }
        if isRunning {
            elapsedBefore = elapsed(at: now)
            runningSince = now
        }
        limit += seconds
        extended += seconds
    }

    /// The next moment at which what a countdown shows changes after `now`:
    /// the next whole second, the start of the warning, or zero. Nil when
    /// the clock is not running or the time is up.
    public func nextChange(after now: Date) -> Date? {
        guard isRunning else { return nil }
        let left = remaining(at: now)
        guard left > 0 else { return nil }
        let fraction = left - left.rounded(.down)
        let step = fraction > 0.000_1 ? fraction : 1
        return now.addingTimeInterval(min(step, left))
    }
}
