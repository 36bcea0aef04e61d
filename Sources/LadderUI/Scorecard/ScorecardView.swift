import LadderCore

/// Draws the full scorecard screen.
enum ScorecardView {
    static func draw(_ state: AppState, into frame: inout Frame) {
        frame.base.write("Leverage scorecard", x: 2, y: 1, role: .title)
    }
}
