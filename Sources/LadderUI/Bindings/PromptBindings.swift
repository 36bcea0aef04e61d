/// The keys of the search prompt. Any other printable key is typed into
/// the query, and a paste arrives as text, never as commands.
public enum PromptBindings {
    /// The prompt's table.
    public static let table = BindingTable(
        "Search prompt",
        [
            Binding("prompt.submit", keys: [.enter], help: "search for the query", action: .searchSubmitted),
            Binding(
                "prompt.cancel", keys: [.escape, .control("c"), .control("g")], help: "cancel the search",
                action: .searchCancelled),
            Binding(
                "prompt.clear", keys: [.control("u")], help: "start the query again", action: .searchCleared),
            Binding("prompt.erase", keys: [.backspace], help: "erase a character", action: .searchErased),
        ])

    /// The action for `key` while the prompt is open.
    static func action(for key: KeyEvent, in state: AppState) -> Action? {
        if let action = table.action(for: key, in: state) { return action }
        switch key {
        case .character(let character): return .searchTyped(character)
        case .paste(let text): return .searchPasted(text)
        default: return nil
        }
    }
}
