import LadderCore

/// Draws the triage screen.
enum TriageView {
    static func draw(_ state: AppState, into frame: inout Frame) {
        guard let triage = state.triage else { return }
        let title = triage.session.current?.title ?? "Every card is sorted"
        frame.base.write(title, x: 2, y: 2, role: .title)
    }
}
