import FoundationEssentials

/// Tells the runner the time. The app reads it instead of the system clock,
/// so tests can move time on by hand.
public protocol WallClock: AnyObject {
    /// The time now.
    var now: Date { get }
}

/// The system's clock.
public final class SystemClock: WallClock {
    /// A clock that reads the system time.
    public init() {}

    /// The system time now.
    public var now: Date { Date() }
}
