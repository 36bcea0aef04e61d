/// The keys while help is open: it scrolls like a pager and closes with
/// the key that opened it, Esc, Enter or q.
public enum HelpBindings {
    /// The help overlay's table.
    public static let table = BindingTable(
        "Help",
        [
            Binding(
                "help.close", keys: [.escape, .character("?"), .character("q"), .enter],
                help: "close the help",
                hint: "close", action: .helpToggled),
            Binding(
                "help.line", keys: [.character("j"), .character("k"), .down, .up], help: "a line down or up",
                hint: "scroll", hintKeys: [.character("j"), .character("k")],
                perKey: { key, _ in .helpScrolled(key == .character("j") || key == .down ? 1 : -1) }),
            Binding(
                "help.page", keys: [.character(" "), .character("b"), .pageDown, .pageUp],
                help: "a page down or up",
                perKey: { key, state in
                    let page = max(1, HelpOverlay.textRows(for: state) - 1)
                    return .helpScrolled(key == .character(" ") || key == .pageDown ? page : -page)
                }),
            Binding(
                "help.ends", keys: [.character("g"), .character("G"), .home, .end], help: "top or bottom",
                perKey: { key, _ in
                    .helpScrolled(key == .character("g") || key == .home ? -Int(Int32.max) : Int(Int32.max))
                }),
        ])
}
