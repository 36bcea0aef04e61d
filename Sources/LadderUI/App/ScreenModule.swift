/// What a screen gives the app. Each screen's folder holds one type that
/// conforms, and `ScreenRegistry` is the one place that lists them: the
/// keymap, the help, the tabs, Esc and the mouse all ask the module, so a
/// new screen is a folder, a `Screen` case and a line in the registry.
protocol ScreenModule {
    /// The screen this module runs.
    static var screen: Screen { get }
    /// Its name in hints ("Esc triage") and bindings ("app.triage").
    static var name: String { get }
    /// Its title on the tab row, nil for a screen shown under another tab.
    static var tabTitle: String? { get }
    /// The tab it shows under: its own, or its parent's (the reader's is the contents').
    static var tab: Screen { get }
    /// Every binding table the screen has, in the order the README lists them.
    static var tables: [BindingTable] { get }
    /// The tables in force in `state`, most specific first.
    static func activeTables(in state: AppState) -> [BindingTable]
    /// The sets of tables that can be in force together (for the tests).
    static var contexts: [[BindingTable]] { get }
    /// Extra help sections after the keys (such as the scorecard's formula).
    static func helpSections(in state: AppState) -> [HelpContent.Section]
    /// Draws the screen's body (the tabs and status bar are drawn around it).
    static func draw(_ state: AppState, into frame: inout Frame)
    /// The action for a mouse report over the screen's body, hit-tested
    /// against the layout `draw` uses.
    static func mouse(_ event: MouseEvent, in state: AppState) -> Action?
    /// The wheel without a position (an older terminal sends it as a key):
    /// what it scrolls on this screen.
    static func wheel(_ step: Int, in state: AppState) -> Action?
    /// Where Esc goes from the screen, for the status bar.
    static func backStep(in state: AppState) -> String?
    /// Goes back one step from the screen.
    static func goBack(_ state: inout AppState)
    /// Opens the screen; false (with a message) when it cannot open.
    static func open(_ state: inout AppState) -> Bool
    /// True for a screen a command of its own runs on its own (`ladder
    /// present`, `ladder report --tui`): no tab row, and the keys that
    /// switch screens or search the notes do nothing there.
    static var standsAlone: Bool { get }
}

extension ScreenModule {
    static var tab: Screen { screen }
    static func activeTables(in state: AppState) -> [BindingTable] { tables }
    static var contexts: [[BindingTable]] { [tables] }
    static func helpSections(in state: AppState) -> [HelpContent.Section] { [] }
    static func wheel(_ step: Int, in state: AppState) -> Action? { nil }
    static func backStep(in state: AppState) -> String? { ContentsScreen.name }
    static func goBack(_ state: inout AppState) { state.screen = .home }
    static func open(_ state: inout AppState) -> Bool { true }
    static var standsAlone: Bool { false }
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
        case .present: PresentScreen.self
        case .report: ReportScreen.self
        case .room: RoomConsoleScreen.self
        }
    }
}
