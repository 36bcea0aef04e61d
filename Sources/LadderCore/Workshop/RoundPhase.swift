import FoundationEssentials

/// Where a timed round stands at one moment.
public enum RoundPhase: Equatable, Sendable {
    /// Not started yet: participants wait for the facilitator.
    case waiting
    /// Running, with more than the warning time left.
    case running(remaining: TimeInterval)
    /// Running, in the last `warningSeconds`.
    case warning(remaining: TimeInterval)
    /// Stopped by the facilitator (or the participant, on their own) with time left.
    case paused(remaining: TimeInterval)
    /// The time is up: the round is locked.
    case expired

    /// How long before zero the countdown warns.
    public static let warningSeconds: TimeInterval = 30

    /// The seconds left, nil while waiting.
    public var remaining: TimeInterval? {
        switch self {
        case .waiting: nil
        case .running(let left), .warning(let left), .paused(let left): left
        case .expired: 0
        }
    }

    /// A countdown such as `9:05` or `0:07` (seconds rounded up, so it reads
    /// 0:00 only at zero), or `1:02:00` past an hour.
    public static func clock(_ seconds: TimeInterval) -> String {
        let whole = Int(min(max(0, seconds.isFinite ? seconds : 0), 1e12).rounded(.up))
        let hours = whole / 3600
        let minutes = whole / 60 % 60
        let secs = whole % 60
        let tail = (secs < 10 ? "0" : "") + String(secs)
        if hours > 0 { return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(tail)" }
        return "\(minutes):\(tail)"
    }
}
