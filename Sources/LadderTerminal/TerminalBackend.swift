import FoundationEssentials
import LadderCore
import LadderUI

/// What the runner needs from a terminal: its size, input with a time
/// limit, frames drawn, a theme, and a clean way out. `TerminalSession`
/// is the real one; tests use a recording one.
public protocol TerminalBackend: AnyObject {
    /// The terminal's size now.
    var size: Size { get }
    /// The next input, waiting at most `timeout` seconds for it (nil: for
    /// ever); `.idle` when the time ran out first.
    func read(waitingAtMost timeout: TimeInterval?) -> TerminalInput
    /// True when more input has already arrived, so that the next read
    /// returns at once (a burst of wheel reports, keys typed ahead): the
    /// runner may skip a frame that the next one would replace.
    var hasPendingInput: Bool { get }
    /// Shows `frame`.
    func draw(_ frame: Frame)
    /// Switches to `theme`; the next frame is drawn in it.
    func apply(theme: Theme)
    /// Makes the next frame repaint every cell (Ctrl-L).
    func redrawAll()
    /// Gives the terminal back to the shell and stops until continued
    /// (Ctrl-Z, then `fg`); the next frame repaints every cell.
    func suspend()
    /// Gives the terminal back as it was; safe to call twice.
    func close()
}
