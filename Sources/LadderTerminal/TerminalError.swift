/// Why the full-screen terminal could not start.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// ncurses could not open the terminal type named.
    case unknownTerminal(String)

    /// A sentence for the user, with what to do instead.
    public var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal for the full-screen app; use --plain for text output"
        case .unknownTerminal(let name):
            "cannot use the terminal type '\(name)' (is TERM right?); use --plain for text output"
        }
    }
}
