import FoundationEssentials
import LadderCore

extension RoomConsoleState {
    /// Why `command` cannot steer the round as it stands now, in words for
    /// the status bar; nil when it may. Once the verdicts are revealed the
    /// round is over and nothing steers it; a locked round is unlocked
    /// before it starts; a round without a timer has no clock to pause.
    func refusal(of command: RoomCommand) -> String? {
        if control.isRevealed { return Self.roundOver }
        switch command {
        case .start: return startRefusal
        case .pause: return pauseRefusal
        case .extend: return control.timer == nil ? Self.noClock : nil
        case .lock: return control.lockedAt == nil ? nil : "already locked"
        case .unlock, .reveal: return nil
        }
    }

    /// What the status bar says to a steering key after the reveal.
    static let roundOver = "the round is over: the verdicts are revealed"

    /// What the status bar says to `p` or `+` in a round without a timer.
    static let noClock = "this round has no timer"

    private var startRefusal: String? {
        if control.lockedAt != nil { return "locked: press l to unlock first" }
        switch control.phase(at: now) {
        case .waiting, .paused: return nil
        case .running(let left): return left.isFinite ? "already running" : "already open"
        case .warning: return "already running"
        case .expired: return "time is up: press + for a minute more"
        }
    }

    private var pauseRefusal: String? {
        guard control.timer != nil else { return Self.noClock }
        if control.lockedAt != nil { return "locked: the clock is already stopped" }
        switch control.phase(at: now) {
        case .waiting: return "not started yet: nothing to pause"
        case .running, .warning: return nil
        case .paused: return "already paused"
        case .expired: return "time is up: the clock has stopped"
        }
    }
}
