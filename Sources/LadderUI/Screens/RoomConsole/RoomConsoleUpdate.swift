import Foundation
import LadderCore

/// What the facilitator or the world did to the console.
public enum RoomConsoleAction: Equatable, Sendable {
    /// A key was pressed.
    case key(KeyEvent)
    /// Time passed.
    case ticked(Date)
    /// The terminal changed size.
    case resized(Size)
    /// The results folder changed: the new report.
    case reportChanged(RoomReport)
    /// Writing the control file failed.
    case controlNotSaved(String)
}

extension RoomConsoleState {
    /// The keys, for the status bar and the help line.
    public static let hints: [StatusBar.Hint] = [
        .init(key: "s", label: "start", rank: 3), .init(key: "p", label: "pause", rank: 3),
        .init(key: "+", label: "1 min", rank: 2), .init(key: "l", label: "lock", rank: 2),
        .init(key: "r", label: "reveal", rank: 2), .init(key: "j/k", label: "scroll", rank: 1),
        .init(key: "q", label: "quit", rank: 3),
    ]

    /// Applies `action`.
    public mutating func apply(_ action: RoomConsoleAction) {
        switch action {
        case .ticked(let date): now = date
        case .resized(let newSize):
            size = newSize
            scroll = min(scroll, maxScroll)
        case .reportChanged(let newReport):
            report = newReport
            scroll = min(scroll, maxScroll)
        case .controlNotSaved(let reason): message = "could not write the control file: \(reason)"
        case .key(let key): press(key)
        }
    }

    private mutating func press(_ key: KeyEvent) {
        message = nil
        if confirmingReveal {
            confirmingReveal = false
            if key == .character("y") || key == .character("Y") {
                command(.reveal, done: "revealed: every participant sees the lesson's verdicts")
            } else {
                message = "not revealed"
            }
            return
        }
        switch key {
        case .character("q"), .control("c"): isQuitting = true
        case .character("s"): command(.start, done: "started")
        case .character("p"): command(.pause, done: "paused")
        case .character("+"), .character("="): command(.extend(60), done: "a minute more")
        case .character("l"):
            control.lockedAt == nil
                ? command(.lock, done: "locked: nobody can sort") : command(.unlock, done: "unlocked")
        case .character("r"):
            if control.isRevealed {
                message = "already revealed"
            } else {
                confirmingReveal = true
                message = "reveal the verdicts to everyone and lock the round? y / n"
            }
        case .character("j"), .down: scroll = min(maxScroll, scroll + 1)
        case .character("k"), .up: scroll = max(0, scroll - 1)
        case .character(" "), .pageDown: scroll = min(maxScroll, scroll + max(1, listHeight - 1))
        case .character("b"), .pageUp: scroll = max(0, scroll - max(1, listHeight - 1))
        case .character("g"), .home: scroll = 0
        case .character("G"), .end: scroll = maxScroll
        default: break
        }
    }

    private mutating func command(_ command: RoomCommand, done: String) {
        if control.apply(command, at: now) {
            controlChanged = true
            message = done
        } else {
            message = "nothing to change"
        }
    }

    /// Marks the control as written.
    public mutating func controlSaved() { controlChanged = false }
}
