/// The screens as numbered tabs, in the order Tab visits them and F1, F2…
/// open them: every registered screen with a tab title, in `Screen` order.
public enum ScreenTabs {
    /// The tabs, in order.
    public static var order: [Screen] {
        Screen.allCases.filter { ScreenRegistry.module(for: $0).tabTitle != nil }
    }

    /// The tab a screen shows under (the reader shows under the contents).
    public static func tab(of screen: Screen) -> Screen { ScreenRegistry.module(for: screen).tab }

    /// The tab after the one showing `screen`, wrapping round.
    public static func next(after screen: Screen) -> Screen {
        let tabs = order
        let index = tabs.firstIndex(of: tab(of: screen)) ?? 0
        return tabs[(index + 1) % tabs.count]
    }

    /// The tab before the one showing `screen`, wrapping round.
    public static func previous(before screen: Screen) -> Screen {
        let tabs = order
        let index = tabs.firstIndex(of: tab(of: screen)) ?? 0
        return tabs[(index + tabs.count - 1) % tabs.count]
    }

    /// The function key that opens tab `screen` (F1 for the first), nil
    /// for a screen without a tab.
    public static func functionKey(of screen: Screen) -> Int? { order.firstIndex(of: screen).map { $0 + 1 } }
}

extension Screen {
    /// The screen's name in hints and tabs.
    public var name: String { ScreenRegistry.module(for: self).name }
}
