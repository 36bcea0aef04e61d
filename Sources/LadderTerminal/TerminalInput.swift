import LadderUI

/// What reading the terminal produced.
public enum TerminalInput: Equatable, Sendable {
    /// A key, or a bracketed paste (`.key(.paste(text))`).
    case key(KeyEvent)
    /// A mouse report, in 0-based cells.
    case mouse(MouseEvent)
    /// The terminal changed size.
    case resized(Size)
    /// SIGTERM, SIGHUP or SIGINT arrived (a terminal that went away reads
    /// as SIGHUP).
    case signal(Int32)
    /// Nothing before the timeout.
    case idle
}
