import Foundation
import LadderCore
import LadderUI
import Testing

/// Every console key against every stage of a round: what the status bar
/// says, whether the control file changes, and that the file never runs a
/// clock or reopens sorting once the round is locked or revealed.
@Suite struct RoomConsolePhaseTests {
    typealias F = RoomConsoleFixtures

    /// A stage of the round and the keys (with seconds waited first; `.`
    /// only waits) that reach it.
    struct Stage: CustomStringConvertible {
        let description: String
        let timer: TimeInterval?
        let steps: [(wait: TimeInterval, key: Character)]
    }

    static let stages: [String: Stage] = [
        "waiting": Stage(description: "waiting", timer: 120, steps: []),
        "running": Stage(description: "running", timer: 120, steps: [(0, "s")]),
        "warning": Stage(description: "warning", timer: 120, steps: [(0, "s"), (100, ".")]),
        "paused": Stage(description: "paused", timer: 120, steps: [(0, "s"), (10, "p")]),
        "locked": Stage(description: "locked", timer: 120, steps: [(0, "s"), (10, "l")]),
        "expired": Stage(description: "expired", timer: 120, steps: [(0, "s"), (130, ".")]),
        "revealed": Stage(description: "revealed", timer: 120, steps: [(0, "s"), (10, "r")]),
        "open waiting": Stage(description: "open waiting", timer: nil, steps: []),
        "open": Stage(description: "open", timer: nil, steps: [(0, "s")]),
    ]

    static let over = "the round is over: the verdicts are revealed"
    static let revealed = "revealed: every participant sees the lesson's verdicts"
    static let locked = "locked: nobody can sort"

    /// Stage, key, what the status bar says, and whether the control changes.
    static let table: [(String, Character, String, Bool)] = [
        ("waiting", "s", "started", true), ("waiting", "p", "not started yet: nothing to pause", false),
        ("waiting", "+", "a minute more", true), ("waiting", "l", locked, true),
        ("waiting", "r", revealed, true),
        ("running", "s", "already running", false), ("running", "p", "paused", true),
        ("running", "+", "a minute more", true), ("running", "l", locked, true),
        ("running", "r", revealed, true),
        ("warning", "s", "already running", false), ("warning", "p", "paused", true),
        ("warning", "+", "a minute more", true), ("warning", "l", locked, true),
        ("warning", "r", revealed, true),
        ("paused", "s", "resumed", true), ("paused", "p", "already paused", false),
        ("paused", "+", "a minute more", true), ("paused", "l", locked, true),
        ("paused", "r", revealed, true),
        ("locked", "s", "locked: press l to unlock first", false),
        ("locked", "p", "locked: the clock is already stopped", false),
        ("locked", "+", "a minute more", true), ("locked", "l", "unlocked", true),
        ("locked", "r", revealed, true),
        ("expired", "s", "time is up: press + for a minute more", false),
        ("expired", "p", "time is up: the clock has stopped", false),
        ("expired", "+", "a minute more", true), ("expired", "l", locked, true),
        ("expired", "r", revealed, true),
        ("revealed", "s", over, false), ("revealed", "p", over, false), ("revealed", "+", over, false),
        ("revealed", "l", over, false), ("revealed", "r", "already revealed: the round is over", false),
        ("open waiting", "s", "started", true), ("open waiting", "p", "this round has no timer", false),
        ("open waiting", "+", "this round has no timer", false), ("open waiting", "l", locked, true),
        ("open waiting", "r", revealed, true),
        ("open", "s", "already open", false), ("open", "p", "this round has no timer", false),
        ("open", "+", "this round has no timer", false), ("open", "l", locked, true),
        ("open", "r", revealed, true),
    ]

    private func press(_ key: Character, on state: inout AppState) {
        if let action = Keymap.action(for: .character(key), in: state) { state.apply(action) }
        // The reveal asks first: answer yes, as the reviewer did.
        if state.room?.confirmingReveal == true, key == "r" { press("y", on: &state) }
    }

    private func reach(_ stage: Stage) -> AppState {
        var state = F.app(timer: stage.timer)
        var now = F.start
        for step in stage.steps {
            now = now.addingTimeInterval(step.wait)
            state.apply(.ticked(now))
            if step.key != "." { press(step.key, on: &state) }
        }
        return state
    }

    @Test func everyKeyInEveryStageSaysWhatItDidOrWhyNot() throws {
        #expect(Set(Self.table.map(\.0)) == Set(Self.stages.keys), "every stage is in the table")
        for stage in Self.stages.keys {
            #expect(
                Set(Self.table.filter { $0.0 == stage }.map(\.1)) == ["s", "p", "+", "l", "r"], "\(stage)")
        }
        for (name, key, message, changes) in Self.table {
            let stage = try #require(Self.stages[name])
            var state = reach(stage)
            state.apply(.room(.controlSaved))
            let before = try #require(state.room?.control)
            state.apply(.ticked(state.now.addingTimeInterval(1)))
            press(key, on: &state)
            let after = try #require(state.room?.control)
            #expect(state.flash?.text == message, "\(name), \(key)")
            #expect((after != before) == changes, "\(name), \(key): the control changes")
            #expect(state.room?.controlChanged == changes, "\(name), \(key): written only when changed")
            if after.lockedAt != nil || after.isRevealed {
                #expect(after.timer?.isRunning != true, "\(name), \(key): no clock runs once locked")
            }
            if before.isRevealed { #expect(after == before, "\(name), \(key): the reveal is final") }
        }
    }

    @Test func theReviewersKeysAfterARevealLeaveTheRoundOver() throws {
        var state = F.app()
        for key: Character in ["s", "r", "l", "s", "p", "+", "="] { press(key, on: &state) }
        let control = try #require(state.room?.control)
        #expect(control.isRevealed && control.lockedAt != nil && control.timer?.isRunning == false)
        #expect(state.room?.timerText == "revealed")
        #expect(state.flash?.text == Self.over)
        #expect(AppView.hints(for: state).map(\.key).allSatisfy { !["s", "p", "+", "l", "r"].contains($0) })
    }

    @Test func aLockedRoundOffersNoStartInTheStatusBar() {
        var state = F.app()
        press("s", on: &state)
        press("l", on: &state)
        let hints = AppView.hints(for: state).map { "\($0.key) \($0.label)" }
        #expect(hints.prefix(3) == ["+ 1 min", "l unlock", "r reveal"])
    }
}
