/// The triage screen's keys.
enum TriageKeymap {
    static func action(for key: KeyEvent, in state: AppState) -> Action? {
        switch key {
        case .left, .character("h"): .triage(.cardSorted(.productive))
        case .right, .character("l"): .triage(.cardSorted(.advances))
        default: nil
        }
    }
}

extension TriageKeymap {
    /// The triage keys as the help overlay lists them.
    static let helpRows: [(keys: String, action: String)] = [
        ("← h", "feels productive"),
        ("→ l", "advances you"),
    ]
}
