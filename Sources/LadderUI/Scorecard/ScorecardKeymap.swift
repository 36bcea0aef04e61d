/// The scorecard screen's keys.
enum ScorecardKeymap {
    static func action(for key: KeyEvent, in state: AppState) -> Action? {
        nil
    }
}

extension ScorecardKeymap {
    /// The scorecard keys as the help overlay lists them.
    static let helpRows: [(keys: String, action: String)] = [
        ("↑ ↓", "choose a statement"),
        ("← →", "rate it 0 to 4"),
    ]
}
