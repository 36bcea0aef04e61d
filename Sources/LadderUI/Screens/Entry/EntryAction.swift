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
    /// ↑ (-1) or ↓ (+1) while typing a note: keep it and move to the card
    /// sorted before or after, to write or change the note there.
    case cardStepped(Int)
}
