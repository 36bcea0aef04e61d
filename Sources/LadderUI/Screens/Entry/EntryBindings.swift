/// The keys while a note or an answer is being typed. Any other printable
/// key is typed, and a paste arrives as text, never as commands.
public enum EntryBindings {
    /// The entry's table.
    public static let table = BindingTable(
        "Typing a note or an answer",
        [
            Binding(
                "entry.keep", keys: [.enter], help: "keep the text", hint: "keep", action: .entry(.committed)),
            Binding(
                "entry.cancel", keys: [.escape, .control("c")], help: "leave without keeping it",
                hint: "cancel",
                action: .entry(.cancelled)),
            Binding(
                "entry.clear", keys: [.control("u")], help: "start the text again", action: .entry(.cleared)),
            Binding("entry.erase", keys: [.backspace], help: "erase a character", action: .entry(.erased)),
            Binding(
                "entry.other-card", keys: [.up, .down],
                help: "a note: keep it and move to the card sorted before or after", hint: "card",
                when: { state in
                    if case .note? = state.entry?.target { return true }
                    return false
                },
                perKey: { key, _ in .entry(.cardStepped(key == .up ? -1 : 1)) }),
        ])

    /// The action for `key` while an entry is open.
    static func action(for key: KeyEvent, in state: AppState) -> Action? {
        if let action = table.action(for: key, in: state) { return action }
        switch key {
        case .character(let character): return .entry(.typed(character))
        case .paste(let text): return .entry(.pasted(text))
        default: return nil
        }
    }
}
