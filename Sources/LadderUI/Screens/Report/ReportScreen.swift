/// The report browser as a screen of the app, run on its own by
/// `ladder report --tui`: a section row on top, the report beneath.
enum ReportScreen: ScreenModule {
    static let screen = Screen.report
    static let name = "report"
    static let tabTitle: String? = nil
    static let standsAlone = true
    static let tables = [ReportBrowserBindings.table]

    static func wheel(_ step: Int, in state: AppState) -> Action? { .reportBrowser(.scrolled(step * 3)) }

    /// The report is the only screen: Esc has nowhere further to go.
    static func backStep(in state: AppState) -> String? { nil }

    static func goBack(_ state: inout AppState) {}

    /// Opens only once a report is loaded.
    static func open(_ state: inout AppState) -> Bool { state.reportBrowser != nil }

    static func draw(_ state: AppState, into frame: inout Frame) {
        guard let browser = state.reportBrowser else { return }
        ReportBrowserView.draw(browser, size: state.size, into: &frame.base)
    }

    /// A click on a section's name on the top row opens it; the wheel scrolls.
    static func mouse(_ event: MouseEvent, in state: AppState) -> Action? {
        if let step = event.wheelStep { return .reportBrowser(.scrolled(step * 3)) }
        guard event.isClick, event.row == 0, let browser = state.reportBrowser else { return nil }
        let placed = ReportBrowserView.sectionLabels(browser, width: state.size.width)
        guard let hit = placed.firstIndex(where: { event.column >= $0.x && event.column < $0.x + $0.width })
        else { return nil }
        return .reportBrowser(.sectionOpened(hit))
    }
}
