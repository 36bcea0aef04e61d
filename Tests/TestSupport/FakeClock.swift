import Foundation
import LadderApp

/// A clock that moves only when told: the recording backend moves it as
/// scripted time passes, so the run loop's timing is tested without waiting.
public final class FakeClock: WallClock {
    /// The time the clock shows.
    public private(set) var now: Date

    /// A clock showing `start`.
    public init(_ start: Date) { now = start }

    /// Moves the clock on by `seconds`.
    public func advance(by seconds: TimeInterval) {
        now = now.addingTimeInterval(seconds)
    }
}
