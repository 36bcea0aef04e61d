/// The keys that work on every screen: quit, help, back, search, the
/// screens themselves and the theme. Screen switching uses keys no screen
/// needs for itself (Tab, Shift-Tab, F1–F3), so digits stay free for answers.
public enum GlobalBindings {
    /// The table of keys that work everywhere.
    public static let table = BindingTable(
        "Everywhere",
        [
            Binding(
                "app.next-screen", keys: [.tab], help: "next tab: contents, triage, scorecard",
                hintLabel: { state in state.screen == .home ? ScreenTabs.next(after: state.screen).name : nil
                },
                when: switchesScreens,
                perKey: { _, state in .screenOpened(ScreenTabs.next(after: state.screen)) }),
            Binding(
                "app.previous-screen", keys: [.backTab], help: "previous tab", when: switchesScreens,
                action: { state in .screenOpened(ScreenTabs.previous(before: state.screen)) }),
        ] + tabKeys + [
            Binding(
                "app.search", keys: [.character("/")], help: "search every chapter", when: switchesScreens,
                action: .searchStarted),
            Binding("app.theme", keys: [.character("t")], help: "next theme", action: .themeCycled),
            Binding(
                "app.back", keys: [.escape], help: "back one step (the status bar says where to)",
                hintLabel: { $0.backStep }, perKey: { _, _ in .backRequested }),
            Binding(
                "app.help", keys: [.character("?")], help: "show or hide this help", hint: "help",
                action: .helpToggled),
            Binding(
                "app.quit", keys: [.character("q"), .control("c")], help: "save your place and quit",
                hint: "quit",
                action: .quitRequested),
        ])

    /// True where the tabs and search work: not on a screen that stands
    /// alone (a presentation, the report browser).
    private static let switchesScreens: @Sendable (AppState) -> Bool = { state in
        !ScreenRegistry.module(for: state.screen).standsAlone
    }

    /// F1, F2… open the tabs in order.
    private static var tabKeys: [Binding] {
        ScreenTabs.order.enumerated().map { index, screen in
            let title = ScreenRegistry.module(for: screen).tabTitle ?? screen.name
            return Binding(
                "app.\(screen.name)", keys: [.function(index + 1)], help: "the \(title.lowercased()) tab",
                when: switchesScreens, action: .screenOpened(screen))
        }
    }

    /// Lines of the keys section that are not bindings of the app itself.
    public static let notes: [String] = [
        "Ctrl-L redraws the screen. Ctrl-Z suspends ladder; `fg` brings it back.",
        "A message in the status bar clears with the next key, as in `less`.",
        "While the mouse is on, hold Shift and drag to select text.",
    ]
}
