/// The presentation as a screen of the app, run on its own by
/// `ladder present`: no tabs, one slide at a time.
enum PresentScreen: ScreenModule {
    static let screen = Screen.present
    static let name = "present"
    static let tabTitle: String? = nil
    static let standsAlone = true
    static let tables = [PresentBindings.table]

    static func wheel(_ step: Int, in state: AppState) -> Action? { .present(.stepped(step)) }

    /// Esc hides a verdict on screen (the status bar already says so
    /// beside `r`); there is nothing further back.
    static func backStep(in state: AppState) -> String? { nil }

    static func goBack(_ state: inout AppState) {
        _ = state.present?.hideVerdict()
    }

    /// Opens only once a presentation is loaded.
    static func open(_ state: inout AppState) -> Bool { state.present != nil }

    static func draw(_ state: AppState, into frame: inout Frame) {
        guard let present = state.present else { return }
        PresentView.draw(present, size: state.size, into: &frame.base)
    }

    /// A click on the left third goes back a slide, anywhere else forward;
    /// the wheel steps too.
    static func mouse(_ event: MouseEvent, in state: AppState) -> Action? {
        if let step = event.wheelStep { return .present(.stepped(step)) }
        guard event.isClick else { return nil }
        return .present(.stepped(event.column < state.size.width / 3 ? -1 : 1))
    }
}
