/// A mouse report from the terminal, in cell coordinates (0-based, the
/// top-left cell is column 0, row 0).
public struct MouseEvent: Equatable, Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Equatable, Hashable, Sendable {
        /// A button went down.
        case press(MouseButton)
        /// A button came up.
        case release(MouseButton)
        /// The wheel turned up (away from the user).
        case wheelUp
        /// The wheel turned down (towards the user).
        case wheelDown
    }

    /// What the mouse did.
    public var kind: Kind
    /// The column under the pointer.
    public var column: Int
    /// The row under the pointer.
    public var row: Int

    /// Creates a mouse report.
    public init(_ kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}

/// A mouse button.
public enum MouseButton: Equatable, Hashable, Sendable {
    /// The primary button.
    case left
    /// The middle button or wheel press.
    case middle
    /// The secondary button.
    case right
}
