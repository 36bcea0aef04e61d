import LadderUI

/// What reading the terminal produced.
public enum TerminalInput: Equatable, Sendable {
    /// A key.
    case key(KeyEvent)
    /// The terminal changed size.
    case resized(Size)
    /// SIGTERM, SIGHUP or SIGINT arrived.
    case signal(Int32)
    /// Nothing before the timeout.
    case idle
}
