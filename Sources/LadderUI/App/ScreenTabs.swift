/// The screens as numbered tabs, in the order Tab visits them: the contents
/// (with the reader under it), the triage and the scorecard.
public enum ScreenTabs {
    /// The tabs, in order.
    public static let order: [Screen] = [.home, .triage, .scorecard]

    /// The tab a screen belongs to (the reader belongs to the contents).
    public static func tab(of screen: Screen) -> Screen { screen == .reader ? .home : screen }

    /// The tab after the one showing `screen`, wrapping round.
    public static func next(after screen: Screen) -> Screen {
        let index = order.firstIndex(of: tab(of: screen)) ?? 0
        return order[(index + 1) % order.count]
    }

    /// The tab before the one showing `screen`, wrapping round.
    public static func previous(before screen: Screen) -> Screen {
        let index = order.firstIndex(of: tab(of: screen)) ?? 0
        return order[(index + order.count - 1) % order.count]
    }
}

extension Screen {
    /// The screen's name in hints and tabs.
    public var name: String {
        switch self {
        case .home: "contents"
        case .reader: "reader"
        case .triage: "triage"
        case .scorecard: "scorecard"
        }
    }
}
