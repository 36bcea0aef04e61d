/// What a screen gives the app. Each screen's folder holds one type that
/// conforms, and `ScreenRegistry` is the one place that lists them.
protocol ScreenModule {
    /// Every binding table the screen has, in the order the README lists them.
    static var tables: [BindingTable] { get }
    /// The tables in force in `state`, most specific first.
    static func activeTables(in state: AppState) -> [BindingTable]
    /// Extra help sections after the keys (such as the scorecard's formula).
    static func helpSections(in state: AppState) -> [HelpContent.Section]
    /// Draws the screen's body (the tabs and status bar are drawn around it).
    static func draw(_ state: AppState, into frame: inout Frame)
    /// The action for a mouse report over the screen's body, hit-tested
    /// against the layout `draw` uses.
    static func mouse(_ event: MouseEvent, in state: AppState) -> Action?
}

extension ScreenModule {
    static func activeTables(in state: AppState) -> [BindingTable] { tables }
    static func helpSections(in state: AppState) -> [HelpContent.Section] { [] }
}

/// The screens of the app, each registered once.
enum ScreenRegistry {
    /// The module that runs `screen`.
    static func module(for screen: Screen) -> any ScreenModule.Type {
        switch screen {
        case .home: ContentsScreen.self
        case .reader: ReaderScreen.self
        case .triage: TriageScreen.self
        case .scorecard: ScorecardScreen.self
        }
    }
}
