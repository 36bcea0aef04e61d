/// The private modes ladder turns on in the terminal, and the sequences that
/// turn them off again on every way out.
struct TerminalModes: Equatable, Sendable {
    /// Whether clicks and the wheel are reported (xterm 1000, SGR 1006 form).
    var mouse: Bool

    /// Mouse reporting in the SGR form, and bracketed paste.
    var on: String {
        (mouse ? "\u{1B}[?1000h\u{1B}[?1006h" : "") + "\u{1B}[?2004h"
    }

    /// The opposite of `on`, in reverse order.
    var off: String {
        "\u{1B}[?2004l" + (mouse ? "\u{1B}[?1006l\u{1B}[?1000l" : "")
    }
}
