/// Which action a key means on the screen the user is looking at, read from
/// the binding tables: the search prompt's or the help's while they are
/// open, else the screen's own tables and then the keys that work
/// everywhere. Keys follow less and vim: j/k, Space/b, g/G, / n N, Esc, ?, q.
public enum Keymap {
    /// The action for `key` in `state`, nil when the key means nothing here.
    public static func action(for key: KeyEvent, in state: AppState) -> Action? {
        if state.isTooSmall {
            return key == .character("q") || key == .control("c") ? .quitRequested : nil
        }
        if state.searchPrompt != nil { return PromptBindings.action(for: key, in: state) }
        if state.entry != nil { return EntryBindings.action(for: key, in: state) }
        if state.showsHelp, key != .wheelUp, key != .wheelDown {
            return HelpBindings.action(for: key, in: state) ?? quitOnly.action(for: key, in: state)
        }
        if state.showsWelcome, key == .escape { return .welcomeClosed }
        if key == .wheelUp || key == .wheelDown {
            return wheelAction(down: key == .wheelDown, in: state)
        }
        for table in tables(in: state) {
            if let action = table.action(for: key, in: state) { return action }
        }
        return nil
    }

    /// The keys `key` is taken as in `state`: Alt with a character that no
    /// binding in force takes is Escape and then the character.
    public static func split(_ key: KeyEvent, in state: AppState) -> [KeyEvent] {
        guard case .alt = key, action(for: key, in: state) == nil else { return [key] }
        return key.unboundParts
    }

    /// The tables in force in `state`, most specific first.
    public static func tables(in state: AppState) -> [BindingTable] {
        if state.searchPrompt != nil { return [PromptBindings.table] }
        if state.entry != nil { return [EntryBindings.table] }
        if state.showsHelp { return [HelpBindings.table, quitOnly] }
        return ScreenRegistry.module(for: state.screen).activeTables(in: state) + [GlobalBindings.table]
    }

    /// Ctrl-C still quits while help is open (q closes help there).
    private static let quitOnly = BindingTable(
        "Quit",
        [Binding("app.quit", keys: [.control("c")], help: "save your place and quit", action: .quitRequested)]
    )

    /// The wheel, when the terminal sends it as a key without a position:
    /// it scrolls the screen's main list or text.
    static func wheelAction(down: Bool, in state: AppState) -> Action? {
        let step = down ? 1 : -1
        if state.showsHelp { return .helpScrolled(step * 3) }
        return ScreenRegistry.module(for: state.screen).wheel(step, in: state)
    }
}
