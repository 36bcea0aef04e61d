import LadderCore

/// The ready-made sets of keys, as keys laid over the tables by binding
/// name. Vim's are the tables' own. Emacs moves with C-n/C-p, pages with
/// C-v/M-v, goes to the ends with M-</M->, searches with C-s and goes back
/// with C-g. Arrows leaves the letters out wherever an arrow, a page key,
/// Home/End, Enter or Esc does the job; keys that need a letter keep it.
public enum KeyPresets {
    /// The keys `preset` lays over the tables.
    public static func bindings(for preset: KeyPresetName) -> KeyBindings {
        switch preset {
        case .vim: KeyBindings()
        case .emacs: KeyBindings(overrides: emacs)
        case .arrows: KeyBindings(overrides: arrows)
        }
    }

    private static let lines: [KeyEvent] = [.control("n"), .control("p"), .down, .up]
    private static let pages: [KeyEvent] = [.control("v"), .alt("v"), .pageDown, .pageUp]
    private static let ends: [KeyEvent] = [.alt("<"), .alt(">"), .home, .end]

    static let emacs: [String: [KeyEvent]] = [
        "contents.move": lines, "contents.page": pages, "contents.ends": ends,
        "reader.line": lines, "reader.page": pages + [.character(" ")], "reader.ends": ends,
        "help.line": lines, "help.page": pages, "help.ends": ends,
        "scorecard.choose": [.up, .down, .control("p"), .control("n")], "scorecard.ends": ends,
        "scorecard.step": [.left, .right, .control("b"), .control("f")],
        "triage.sort-productive": [.left, .control("b")], "triage.sort-advances": [.right, .control("f")],
        "triage.reason-scroll": lines, "triage.summary-scroll": lines, "triage.summary-page": pages,
        "triage.summary-ends": ends,
        "app.search": [.control("s"), .character("/")], "app.back": [.escape, .control("g")],
        "room.scroll": lines, "room.page": pages + [.character(" ")], "room.ends": ends,
    ]

    private static let arrowLines: [KeyEvent] = [.down, .up]
    private static let arrowPages: [KeyEvent] = [.pageDown, .pageUp]
    private static let arrowEnds: [KeyEvent] = [.home, .end]

    static let arrows: [String: [KeyEvent]] = [
        "contents.move": arrowLines, "contents.page": arrowPages, "contents.ends": arrowEnds,
        "contents.open": [.enter, .right],
        "reader.line": arrowLines, "reader.page": arrowPages + [.character(" ")], "reader.ends": arrowEnds,
        "reader.chapter": [.right, .left], "reader.back": [.backspace],
        "help.line": arrowLines, "help.page": arrowPages,
        "help.ends": arrowEnds,
        "scorecard.choose": [.up, .down], "scorecard.ends": arrowEnds, "scorecard.step": [.left, .right],
        "scorecard.clear": [.backspace, .delete],
        "triage.sort-productive": [.left], "triage.sort-advances": [.right],
        "triage.reason-scroll": arrowLines, "triage.summary-scroll": arrowLines,
        "triage.summary-page": arrowPages, "triage.summary-ends": arrowEnds,
        "room.scroll": arrowLines, "room.page": arrowPages + [.character(" ")], "room.ends": arrowEnds,
    ]
}
