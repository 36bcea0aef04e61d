import LadderCore

/// The screens as numbered tabs on the top row, as lazygit numbers its
/// panels: `F1 Contents  F2 Triage  F3 Scorecard`, the current one
/// highlighted. Narrow terminals show the current tab's name only, except
/// on the contents, the first screen, where every name shows when it fits
/// so that the other screens can be found without opening help.
public enum TabBar {
    /// A tab: its key and name.
    static var tabs: [(key: String, screen: Screen, title: String)] {
        ScreenTabs.order.enumerated().map { index, screen in
            ("F\(index + 1)", screen, ScreenRegistry.module(for: screen).tabTitle ?? screen.name)
        }
    }

    /// From this width every tab shows its name.
    static let fullWidth = 70

    /// The columns the tabs take at `width` while `current` shows, the gap
    /// after them included.
    public static func width(for width: Int, current: Screen) -> Int {
        let names = labels(current: current, width: width).reduce(0) { $0 + TextWidth.of($1.text) }
        return min(width, names + 1)
    }

    /// The area left of the top row for the header of `current` at `size`.
    public static func headerArea(for size: Size, current: Screen) -> Rect {
        let used = width(for: size.width, current: current) + 1
        return Rect(x: used, y: 0, width: max(0, size.width - used - 1), height: min(1, size.height))
    }

    /// Each tab's text at `width`, with its screen.
    static func labels(current: Screen, width: Int) -> [(text: String, screen: Screen)] {
        let active = ScreenTabs.tab(of: current)
        let all = tabs
        let allNames = all.reduce(0) { $0 + TextWidth.of($1.key + $1.title) + 3 }
        let named = width >= fullWidth || (current == .home && width >= allNames + 1)
        return all.map { tab in
            let full = named || tab.screen == active
            return (" " + tab.key + (full ? " " + tab.title : "") + " ", tab.screen)
        }
    }

    /// The screen whose tab covers column `x` at `width`, nil between tabs.
    public static func screen(atColumn x: Int, width: Int, current: Screen) -> Screen? {
        var start = 0
        for label in labels(current: current, width: width) {
            let end = start + TextWidth.of(label.text)
            if x >= start && x < end { return label.screen }
            start = end
        }
        return nil
    }

    /// Draws the tabs on row 0 for the screen shown in `state`.
    static func draw(_ state: AppState, into layer: inout Layer) {
        let active = ScreenTabs.tab(of: state.screen)
        let labels = labels(current: state.screen, width: state.size.width)
        let end = width(for: state.size.width, current: state.screen)
        layer.fill(Rect(x: 0, y: 0, width: end, height: 1), role: .surface)
        var x = 0
        for label in labels {
            let current = label.screen == active
            let keyEnd = label.text.dropFirst().firstIndex(of: " ") ?? label.text.endIndex
            let key = String(label.text[..<keyEnd])
            let name = String(label.text[keyEnd...])
            let written = layer.write(
                key, x: x, y: 0, role: current ? .selection : .accent, attributes: current ? [.bold] : [],
                limit: max(0, end - x))
            x += written
            x += layer.write(
                name, x: x, y: 0, role: current ? .selection : .muted, attributes: current ? [.bold] : [],
                limit: max(0, end - x))
        }
    }
}
