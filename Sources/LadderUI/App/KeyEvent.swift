/// A key the user pressed, decoded from the terminal.
public enum KeyEvent: Equatable, Hashable, Sendable {
    /// A printable character.
    case character(Character)
    /// A character typed with Control held, as its lowercase letter.
    case control(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Enter or Return.
    case enter
    /// Escape.
    case escape
    /// Backspace or Delete-left.
    case backspace
    /// Tab.
    case tab
    /// The mouse wheel turned up.
    case wheelUp
    /// The mouse wheel turned down.
    case wheelDown
}
