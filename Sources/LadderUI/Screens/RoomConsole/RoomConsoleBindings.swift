import LadderCore

/// The facilitator console's keys: one table while the round is steered,
/// one while the reveal waits for its answer. The keys that work
/// everywhere (theme, help, quit; Esc, which says no to the reveal) come
/// with them; the tabs and the search do not, as the console stands alone.
public enum RoomConsoleBindings {
    /// Lines one page key moves the card list.
    static func page(_ state: AppState) -> Int { max(1, (state.room?.listHeight ?? 2) - 1) }

    /// The keys that steer the round and move the card list.
    public static let console = BindingTable(
        "Room console",
        [
            Binding(
                "room.start", keys: [.character("s")], help: "start the round, or resume it after a pause",
                hintLabel: { startLabel($0.room?.control) },
                perKey: { _, _ in .room(.command(.start)) }),
            Binding(
                "room.pause", keys: [.character("p")], help: "pause the clock",
                hintLabel: { isSteering($0) && $0.room?.control.timer?.isRunning == true ? "pause" : nil },
                perKey: { _, _ in .room(.command(.pause)) }),
            Binding(
                "room.extend", keys: [.character("+"), .character("=")], help: "add a minute",
                hintLabel: { isSteering($0) && $0.room?.control.timer != nil ? "1 min" : nil },
                perKey: { _, _ in .room(.command(.extend(60))) }),
            Binding(
                "room.lock", keys: [.character("l")], help: "lock the round (no more sorting), or unlock it",
                hintLabel: { isSteering($0) ? ($0.room?.control.lockedAt == nil ? "lock" : "unlock") : nil },
                perKey: { _, _ in .room(.lockToggled) }),
            Binding(
                "room.reveal", keys: [.character("r")],
                help: "reveal the lesson's verdicts to everyone (asks first; also locks)",
                hintLabel: { isSteering($0) ? "reveal" : nil },
                perKey: { _, _ in .room(.revealAsked) }),
            Binding(
                "room.scroll", keys: [.character("j"), .character("k"), .down, .up], help: "scroll the cards",
                hint: "scroll", hintKeys: [.character("j"), .character("k")],
                perKey: { key, _ in .room(.scrolled(key == .character("j") || key == .down ? 1 : -1)) }),
            Binding(
                "room.page", keys: [.character(" "), .character("b"), .pageDown, .pageUp],
                help: "a page down or up",
                perKey: { key, state in
                    .room(.scrolled((key == .character(" ") || key == .pageDown ? 1 : -1) * page(state)))
                }),
            Binding(
                "room.ends", keys: [.character("g"), .character("G"), .home, .end],
                help: "first or last card",
                perKey: { key, _ in .room(.scrolledToEnd(key == .character("G") || key == .end)) }),
        ])

    /// The keys while the reveal asks to be confirmed.
    public static let confirm = BindingTable(
        "Reveal the verdicts?",
        [
            Binding(
                "room.reveal-yes", keys: [.character("y"), .character("Y")],
                help: "yes: reveal to everyone and lock", hint: "reveal",
                action: .room(.revealAnswered(true))),
            Binding(
                "room.reveal-no", keys: [.character("n"), .character("N")], help: "no: not yet",
                action: .room(.revealAnswered(false))),
        ])

    /// True until the verdicts are revealed, which ends the round: the
    /// keys that steer it drop out of the status bar then.
    static func isSteering(_ state: AppState) -> Bool { state.room?.control.isRevealed == false }

    /// What `s` does now: start, resume, or nothing while the clock runs
    /// or the round is locked.
    static func startLabel(_ control: RoomControl?) -> String? {
        guard let control, !control.isRevealed, control.lockedAt == nil else { return nil }
        guard let timer = control.timer else { return control.openedAt == nil ? "start" : nil }
        if timer.isRunning { return nil }
        return timer.hasStarted ? "resume" : "start"
    }
}
