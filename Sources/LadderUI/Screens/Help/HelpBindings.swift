/// The keys while help is open. Typing filters the rows (by key, action
/// name or text, as lazygit's does), so the help moves with the arrows and
/// page keys; Esc clears a filter and then closes, as do Enter and `?`.
public enum HelpBindings {
    /// The help overlay's table.
    public static let table = BindingTable(
        "Help",
        [
            Binding(
                "help.close", keys: [.escape, .character("?"), .enter],
                help: "close the help (Esc clears a filter first)",
                hintLabel: { $0.helpFilter.isEmpty ? "close" : "clear" },
                perKey: { key, state in
                    guard !state.helpFilter.isEmpty, key != .enter else { return .helpToggled }
                    return key == .escape ? .helpFilter(.cleared) : .helpFilter(.typed("?"))
                }),
            Binding(
                "help.line", keys: [.down, .up, .control("n"), .control("p")], help: "a line down or up",
                hint: "scroll", hintKeys: [.down, .up],
                perKey: { key, _ in .helpScrolled(key == .down || key == .control("n") ? 1 : -1) }),
            Binding(
                "help.page", keys: [.pageDown, .pageUp], help: "a page down or up",
                perKey: { key, state in
                    let page = max(1, HelpOverlay.textRows(for: state) - 1)
                    return .helpScrolled(key == .pageDown ? page : -page)
                }),
            Binding(
                "help.ends", keys: [.home, .end], help: "top or bottom",
                perKey: { key, _ in .helpScrolled(key == .home ? -Int(Int32.max) : Int(Int32.max)) }),
            Binding(
                "help.erase", keys: [.backspace], help: "erase a character of the filter",
                action: .helpFilter(.erased)),
            Binding(
                "help.clear", keys: [.control("u")], help: "clear the filter", action: .helpFilter(.cleared)),
        ])

    /// The action for `key` while help is open: the table's, else a
    /// character or a paste typed into the filter.
    static func action(for key: KeyEvent, in state: AppState) -> Action? {
        if let action = table.action(for: key, in: state) { return action }
        switch key {
        case .character(let character): return .helpFilter(.typed(character))
        case .paste(let text): return .helpFilter(.pasted(text))
        default: return nil
        }
    }
}
