import LadderCore

/// What shows when the terminal is below the smallest usable size: the size
/// needed and the size it has, and how to leave.
public enum TooSmallView {
    /// Draws the notice into `frame`, as much of it as fits.
    public static func draw(_ state: AppState, into frame: inout Frame) {
        let needed = AppView.minimumSize
        let lines = [
            state.size.width >= 18 ? "Terminal too small" : "Too small",
            "need \(needed.width)x\(needed.height)",
            "have \(state.size.width)x\(state.size.height)",
            "q quits",
        ]
        let top = max(0, (state.size.height - lines.count) / 2)
        for (row, line) in lines.enumerated() {
            let x = max(0, (state.size.width - TextWidth.of(line)) / 2)
            frame.base.write(line, x: x, y: top + row, role: row == 0 ? .warning : .text)
        }
    }
}
