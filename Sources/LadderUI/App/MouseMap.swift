/// Which action a mouse report means, hit-tested against the layout the
/// screen is drawn with: the help overlay when it is open (a click outside
/// its box closes it), then the tabs, the status bar's hints, and the
/// screen's own parts. The wheel scrolls what is under the pointer.
extension Keymap {
    /// The action for `mouse` in `state`, nil when it means nothing there.
    public static func action(for mouse: MouseEvent, in state: AppState) -> Action? {
        guard !state.isTooSmall, state.searchPrompt == nil else { return nil }
        if state.showsHelp { return helpAction(for: mouse, in: state) }
        if case .release = mouse.kind { return nil }
        if case .press(let button) = mouse.kind, button != .left { return nil }
        if mouse.row == 0, mouse.kind == .press(.left), !ScreenRegistry.module(for: state.screen).standsAlone,
            let screen = TabBar.screen(atColumn: mouse.column, width: state.size.width, current: state.screen)
        {
            return .screenOpened(screen)
        }
        if mouse.row == state.size.height - 1 {
            guard mouse.kind == .press(.left) else { return nil }
            return statusAction(atColumn: mouse.column, in: state)
        }
        return ScreenRegistry.module(for: state.screen).mouse(mouse, in: state)
    }

    /// A click on a status-bar hint presses its key: in `]/[ chapter`, a
    /// click on `[` presses `[`, one on the words presses the first key.
    private static func statusAction(atColumn x: Int, in state: AppState) -> Action? {
        let placed = StatusBar.placed(
            AppView.hints(for: state), width: state.size.width, message: RoundStatus.message(in: state)?.text)
        guard let hit = placed.first(where: { x >= $0.x && x < $0.x + $0.width }),
            let first = hit.hint.triggers.first
        else { return nil }
        let key = KeyLabel.key(in: hit.hint.triggers, atColumn: x - hit.x) ?? first
        return action(for: key, in: state)
    }

    /// The help scrolls under the wheel; a click outside its box closes it.
    private static func helpAction(for mouse: MouseEvent, in state: AppState) -> Action? {
        let box = HelpOverlay.layout(for: state).box
        switch mouse.kind {
        case .wheelUp: return .helpScrolled(-3)
        case .wheelDown: return .helpScrolled(3)
        case .press(.left):
            return box.contains(column: mouse.column, row: mouse.row) ? nil : .helpToggled
        default: return nil
        }
    }
}

extension MouseEvent {
    /// +1 for the wheel turned down, -1 up, nil for a button.
    public var wheelStep: Int? {
        switch kind {
        case .wheelUp: -1
        case .wheelDown: 1
        default: nil
        }
    }

    /// True for a press of the primary button.
    public var isClick: Bool { kind == .press(.left) }
}

extension Rect {
    /// True when the cell at (`column`, `row`) is inside.
    public func contains(column: Int, row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }
}
