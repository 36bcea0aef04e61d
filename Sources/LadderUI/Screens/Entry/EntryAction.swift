/// What the user did while typing a note or an answer.
public enum EntryAction: Equatable, Sendable {
    /// A character typed.
    case typed(Character)
    /// Text pasted.
    case pasted(String)
    /// Backspace.
    case erased
    /// Ctrl-U: start again.
    case cleared
    /// Enter: keep the text.
    case committed
    /// Esc or Ctrl-C: leave without keeping it.
    case cancelled
}
