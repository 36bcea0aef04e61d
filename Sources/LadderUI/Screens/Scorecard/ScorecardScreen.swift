/// The leverage scorecard as a screen of the app.
enum ScorecardScreen: ScreenModule {
    static let tables = [ScorecardBindings.table]

    static func helpSections(in state: AppState) -> [HelpContent.Section] {
        [HelpContent.Section(title: "How the gauges are computed", rows: ScorecardBindings.formulaRows)]
    }

    static func draw(_ state: AppState, into frame: inout Frame) { ScorecardView.draw(state, into: &frame) }
}
