import FoundationEssentials
import LadderCore

/// The facilitator's console as a value: the room's settings and control,
/// the report on what participants have written so far, and where the
/// facilitator is looking. It is the app's `.room` screen: the app keeps
/// its time and size in step, and the runner's companion feeds it the files.
public struct RoomConsoleState: Equatable, Sendable {
    /// The room's settings.
    public let settings: RoomSettings
    /// The round as the facilitator steers it.
    public internal(set) var control: RoomControl
    /// What participants have written so far.
    public internal(set) var report: RoomReport
    /// The time now.
    public internal(set) var now: Date
    /// The terminal's size.
    public internal(set) var size: Size
    /// The first line of the card list shown.
    public internal(set) var scroll = 0
    /// True while the facilitator is asked to confirm the reveal.
    public internal(set) var confirmingReveal = false
    /// True when `control` changed and must be written for participants.
    public internal(set) var controlChanged = false

    /// A console for a room with `settings` and `control`, showing `report`.
    public init(settings: RoomSettings, control: RoomControl, report: RoomReport, now: Date, size: Size) {
        self.settings = settings
        self.control = control
        self.report = report
        self.now = now
        self.size = size
    }

    /// The timer as the header shows it: `▶ 7:42`, `⏸ 3:10`, `waiting`, `locked`…
    public var timerText: String {
        if control.isRevealed { return "revealed" }
        if control.lockedAt != nil { return "locked" }
        switch control.phase(at: now) {
        case .waiting:
            return settings.timerSeconds.map { "waiting · \(DurationText.text($0)) round" } ?? "waiting"
        case .running(let left): return left.isFinite ? "▶ \(RoundPhase.clock(left))" : "▶ open"
        case .warning(let left): return "▶ \(RoundPhase.clock(left)) (last 30 s)"
        case .paused(let left): return "⏸ \(RoundPhase.clock(left)) paused"
        case .expired: return "time is up · locked"
        }
    }

    /// The next moment the header changes with time alone, nil when it does not.
    public var nextChange: Date? { control.timer?.nextChange(after: now) }
}
