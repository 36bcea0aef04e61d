/// Stepping through the hits of the last search, on the contents and in
/// the reader.
public enum SearchBindings {
    /// The table of match keys.
    public static let table = BindingTable(
        "Search",
        [
            Binding(
                "search.step", keys: [.character("n"), .character("N")], help: "next or previous match",
                hintKeys: [.character("n"), .character("N")],
                hintLabel: { $0.search == nil || $0.screen != .reader ? nil : "match" },
                perKey: { key, _ in .matchStepped(key == .character("n") ? 1 : -1) })
        ])
}
