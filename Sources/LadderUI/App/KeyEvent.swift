/// A key the user pressed, decoded from the terminal.
public enum KeyEvent: Equatable, Hashable, Sendable {
    /// A printable character.
    case character(Character)
    /// A character typed with Control held, as its lowercase letter.
    case control(Character)
    /// A character typed with Alt (Meta) held: Escape and the character
    /// arriving together. Unbound, it acts as Escape and then the character.
    case alt(Character)
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
    /// Shift-Tab (back tab).
    case backTab
    /// Delete (forward delete), as distinct from Backspace.
    case delete
    /// Insert.
    case insert
    /// A function key, F1 to F12 (`.function(1)` is F1).
    case function(Int)
    /// Text that arrived as one bracketed paste: it is text to insert where a
    /// field is open, never a run of commands.
    case paste(String)
    /// The mouse wheel turned up.
    case wheelUp
    /// The mouse wheel turned down.
    case wheelDown
}

extension KeyEvent {
    /// The keys this one stands for where nothing is bound to it: Alt with
    /// a character is Escape and then the character; any other key is itself.
    public var unboundParts: [KeyEvent] {
        guard case .alt(let character) = self else { return [self] }
        return [.escape, .character(character)]
    }
}
