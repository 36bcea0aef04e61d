import CLadderSignals
import CNcurses
import FoundationEssentials
import Glibc
import LadderCore
import LadderUI

/// The full-screen terminal: opens ncurses, draws frames, reads input, and
/// restores the terminal exactly on every way out (mouse reporting and
/// bracketed paste included). The only owner of ncurses.
public final class TerminalSession: TerminalBackend {
    private var screen: OpaquePointer?
    private var palette: Palette {
        didSet { lastInk = nil }
    }
    /// The ink the last cell drawn used, for `ink(for:)`.
    private var lastInk: (role: Role, attributes: TextAttributes, ink: Palette.Ink)?
    private let colorMode: ColorMode
    private let modes: TerminalModes
    private let reader: TerminalReader
    private var previous: Frame?
    /// The overlays drawn with `previous`, panel by panel.
    private var previousOverlays: [Layer] = []
    /// The rows of `previous` as fingerprints, to find rows that moved.
    private var previousFingerprints: [UInt64] = []
    private var panels: [OverlayPanel] = []
    private var isOpen = true
    private let keyTimes: KeyTimeLog?

    /// Opens the terminal in full-screen mode with `theme`; with `mouse`,
    /// clicks and the wheel are reported (and Shift+drag selects text).
    public init(theme: Theme, colorMode: ColorMode, mouse: Bool = true, environment: [String: String])
        throws(TerminalError)
    {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        setlocale(LC_ALL, "")
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb", let screen = newterm(nil, cn_stdout(), cn_stdin()) else {
            throw .unknownTerminal(term.isEmpty ? "(unset)" : term)
        }
        self.screen = screen
        self.colorMode = colorMode
        modes = TerminalModes(mouse: mouse)
        reader = TerminalReader(environment: environment)
        keyTimes = KeyTimeLog(environment: environment)
        raw()
        noecho()
        nonl()
        // Input is read and decoded by TerminalReader, never by ncurses.
        keypad(cn_stdscr(), false)
        // ncurses must not cut a frame short for input it will never read.
        typeahead(-1)
        idlok(cn_stdscr(), true)
        idcok(cn_stdscr(), true)
        leaveok(cn_stdscr(), false)
        curs_set(0)
        if colorMode == .automatic && has_colors() {
            start_color()
            use_default_colors()
        }
        palette = Palette(theme: theme, capacity: .none, colors: 0)
        palette = makePalette(theme)
        ladder_signals_install { endwin() }
        ladder_signals_set_restore_bytes(modes.off)
        Self.write(modes.on)
        // A resize before the handler was in place would otherwise go unseen.
        _ = resized()
    }

    deinit { close() }

    /// The terminal's size now.
    public var size: Size {
        Size(width: Int(getmaxx(cn_stdscr())), height: Int(getmaxy(cn_stdscr())))
    }

    /// How much colour the terminal shows (none with colour off).
    public var capacity: ColorCapacity {
        guard colorMode == .automatic, has_colors() else { return .none }
        return ColorCapacity(colors: Int(cn_colors()), canRedefine: can_change_color())
    }

    /// Switches to `theme`; the next draw repaints everything.
    public func apply(theme: Theme) {
        palette = makePalette(theme)
        previous = nil
        previousOverlays = []
        // Every pair may have new colours, pair 0 (the surface) included.
        clearok(cn_curscr(), true)
    }

    private func makePalette(_ theme: Theme) -> Palette {
        Palette(theme: theme, capacity: capacity, colors: Int(cn_colors()))
    }

    /// The next input, waiting at most `timeout` seconds (nil: for ever).
    public func read(waitingAtMost timeout: TimeInterval?) -> TerminalInput {
        let input = reader.next(waitingAtMost: timeout) { resized() }
        if case .idle = input {} else { keyTimes?.inputRead() }
        return input
    }

    /// True when input has arrived that the next read returns at once.
    public var hasPendingInput: Bool { reader.hasPendingInput }

    private func resized() -> Size {
        var rows: Int32 = 0
        var columns: Int32 = 0
        if cn_terminal_size(&rows, &columns) == 0 { resizeterm(rows, columns) }
        previous = nil
        previousOverlays = []
        return size
    }

    /// Draws `frame`: only the cells that changed since the last frame are
    /// written, and ncurses works out the cheapest update, scrolling the
    /// terminal where lines moved.
    public func draw(_ frame: Frame) {
        let base = frame.base
        let width = base.rect.width
        let cells = base.cells
        let fingerprints = RowShift.fingerprints(of: cells, width: width)
        // The last frame's cells when the size is unchanged: only cells that
        // differ are handed to ncurses.
        let before = previous.flatMap { $0.base.rect == base.rect ? $0.base.cells : nil }
        var shift: RowShift?
        if before == nil {
            werase(cn_stdscr())
        } else if let found = RowShift.find(from: previousFingerprints, to: fingerprints) {
            // Rows that moved are moved in ncurses's copy too, so only the
            // rows brought in are written cell by cell.
            shift = found
            scroll(found, height: base.rect.height)
        }
        for y in 0..<base.rect.height {
            var old: Int? = before == nil ? nil : y
            if let shift, old != nil { old = shift.source(of: y) }
            let row = y * width
            let changed = old.flatMap { old in
                before.map { Self.changedColumns(cells, row, $0, old * width, width) }
            }
            for x in changed ?? Array(0..<width) {
                let cell = cells[row + x]
                if !cell.isContinuation { put(cell, x: x, y: y, window: cn_stdscr()) }
            }
        }
        syncPanels(frame.overlays)
        // Nothing reads through ncurses (which would refresh stdscr on the
        // way), so the screen beneath the panels is sent here.
        wnoutrefresh(cn_stdscr())
        update_panels()
        if let cursor = frame.cursor ?? frame.focus {
            // A prompt shows the cursor; on a selection it sits unseen unless
            // asked, still followed by screen readers and magnifiers.
            curs_set(frame.cursor != nil || frame.showsFocus ? 1 : 0)
            wmove(cn_stdscr(), Int32(cursor.y), Int32(cursor.x))
            wnoutrefresh(cn_stdscr())
        } else {
            curs_set(0)
        }
        doupdate()
        fflush(cn_stdout())
        keyTimes?.frameDrawn()
        previous = frame
        previousFingerprints = fingerprints
    }

    /// The columns where `width` cells of `new` from `start` differ from
    /// those of `old` from `oldStart`.
    private static func changedColumns(
        _ new: [Cell], _ start: Int, _ old: [Cell], _ oldStart: Int, _ width: Int
    )
        -> [Int]
    {
        Cell.withWords(of: new) { new in
            Cell.withWords(of: old) { old in
                var columns: [Int] = []
                for x in 0..<width where new[start + x] != old[oldStart + x] { columns.append(x) }
                return columns
            }
        }
    }

    /// Shifts rows of ncurses's copy of the screen as `shift` says; the rows
    /// it brings in are blank until drawn.
    private func scroll(_ shift: RowShift, height: Int) {
        let window = cn_stdscr()
        wsetscrreg(window, Int32(shift.top), Int32(shift.bottom))
        // Only for the shift: with scrolling on, a cell drawn in the bottom
        // right corner would scroll the whole window.
        scrollok(window, true)
        wscrl(window, Int32(shift.lines))
        scrollok(window, false)
        wsetscrreg(window, 0, Int32(max(0, height - 1)))
    }

    /// Repaints the whole screen from scratch (Ctrl-L).
    public func redrawAll() {
        previous = nil
        previousOverlays = []
        clearok(cn_curscr(), true)
    }

    private func put(_ cell: Cell, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>?) {
        let ink = ink(for: cell)
        if let ascii = cell.printableASCII {
            // Most cells are one ASCII character: no scalar array, no width lookup.
            var text: (wchar_t, wchar_t) = (wchar_t(ascii), 0)
            var cchar = cchar_t()
            _ = withUnsafePointer(to: &text) { pair in
                pair.withMemoryRebound(to: wchar_t.self, capacity: 2) {
                    cn_set_cell(&cchar, $0, ink.attributes, ink.pair)
                }
            }
            mvwadd_wch(window, Int32(y), Int32(x), &cchar)
            return
        }
        var scalars = Self.drawableScalars(of: cell.character)
        let first = scalars.first ?? 0x20
        scalars.append(0)
        var cchar = cchar_t()
        cn_set_cell(&cchar, scalars, ink.attributes, ink.pair)
        mvwadd_wch(window, Int32(y), Int32(x), &cchar)
        if TextWidth.of(cell.character) == 2 && cn_wcwidth(first) < 2 {
            // The layout gave this grapheme two cells but the terminal draws
            // it in one (a flag, say): blank the second so nothing stale shows.
            var blank = cchar_t()
            cn_set_cell(&blank, [0x20, 0], ink.attributes, ink.pair)
            mvwadd_wch(window, Int32(y), Int32(x + 1), &blank)
        }
    }

    /// The ink for `cell`, remembered for the next cell: neighbours
    /// usually share a role, and the palette lookup hashes the role's name.
    private func ink(for cell: Cell) -> Palette.Ink {
        if let last = lastInk, last.role == cell.role, last.attributes == cell.attributes { return last.ink }
        let ink = palette.ink(cell.role, extra: cell.attributes)
        lastInk = (cell.role, cell.attributes, ink)
        return ink
    }

    /// The scalars of a grapheme that one terminal cell can hold: the base
    /// character and the marks that combine with it. Sequences joined with
    /// ZWJ show their first emoji, which is what a cell can draw.
    private static func drawableScalars(of character: Character) -> [wchar_t] {
        var result: [wchar_t] = []
        for scalar in character.unicodeScalars {
            if result.isEmpty {
                result.append(wchar_t(bitPattern: scalar.value))
                continue
            }
            let category = scalar.properties.generalCategory
            let combines =
                category == .nonspacingMark || category == .enclosingMark || category == .spacingMark
                || (0xFE00...0xFE0F).contains(scalar.value)
            guard combines else { break }
            result.append(wchar_t(bitPattern: scalar.value))
            if result.count == 4 { break }
        }
        return result
    }

    /// Draws the overlays into their panels: a panel made for this frame
    /// gets every cell, one kept from the last frame only the cells that
    /// changed (help's cover spans the whole screen).
    private func syncPanels(_ overlays: [Layer]) {
        while panels.count > overlays.count { panels.removeLast().destroy() }
        for (index, layer) in overlays.enumerated() {
            var kept = true
            if index < panels.count, panels[index].rect != layer.rect {
                panels[index].destroy()
                panels[index] = OverlayPanel(rect: layer.rect)
                kept = false
            } else if index >= panels.count {
                panels.append(OverlayPanel(rect: layer.rect))
                kept = false
            }
            let before =
                kept && index < previousOverlays.count && previousOverlays[index].rect == layer.rect
                ? previousOverlays[index].cells : nil
            let window = panels[index].window
            let width = max(1, layer.rect.width)
            for (offset, cell) in layer.cells.enumerated() where !cell.isContinuation {
                if let before, before[offset].bits == cell.bits { continue }
                put(cell, x: offset % width, y: offset / width, window: window)
            }
        }
        previousOverlays = overlays
    }

    /// Gives the terminal back to the shell (mouse and paste modes off,
    /// screen restored) and stops the process; once continued, takes the
    /// terminal again at whatever size it now has and repaints on the next draw.
    public func suspend() {
        guard isOpen else { return }
        endwin()
        Self.write(modes.off)
        kill(getpid(), SIGSTOP)
        Self.write(modes.on)
        _ = resized()
        clearok(cn_curscr(), true)
    }

    /// Leaves full-screen mode and restores the terminal; safe to call twice.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        while let panel = panels.popLast() { panel.destroy() }
        curs_set(1)
        endwin()
        Self.write(modes.off)
        ladder_signals_forget_restore()
        if let screen { delscreen(screen) }
        screen = nil
        fflush(cn_stdout())
    }

    /// Writes `text` straight to the terminal, after what ncurses has sent.
    private static func write(_ text: String) {
        fflush(cn_stdout())
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            bytes = bytes.dropFirst(count)
        }
    }
}

/// One overlay drawn as an ncurses panel over the screen.
private struct OverlayPanel {
    let rect: Rect
    let window: UnsafeMutablePointer<WINDOW>?
    let panel: UnsafeMutablePointer<PANEL>?

    init(rect: Rect) {
        self.rect = rect
        window = newwin(Int32(rect.height), Int32(rect.width), Int32(rect.y), Int32(rect.x))
        panel = window.flatMap { new_panel($0) }
    }

    func destroy() {
        if let panel { del_panel(panel) }
        if let window { delwin(window) }
    }
}
