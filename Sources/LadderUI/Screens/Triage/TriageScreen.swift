/// The backlog triage as a screen of the app.
enum TriageScreen: ScreenModule {
    static let tables = [TriageBindings.sorting, TriageBindings.summary]

    static func activeTables(in state: AppState) -> [BindingTable] { TriageBindings.tables(in: state) }

    static func helpSections(in state: AppState) -> [HelpContent.Section] {
        [HelpContent.Section(title: "How the gauges are computed", rows: ScorecardBindings.formulaRows)]
    }

    static func draw(_ state: AppState, into frame: inout Frame) { TriageView.draw(state, into: &frame) }
}
