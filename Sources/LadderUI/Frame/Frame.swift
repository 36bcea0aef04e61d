/// What one screen shows: a base layer the size of the terminal and overlays
/// above it (help, pop-ups), which the terminal draws as panels.
public struct Frame: Equatable, Sendable {
    /// The whole screen.
    public var base: Layer
    /// Layers drawn over the base, bottom first.
    public var overlays: [Layer]
    /// Where to show the cursor (a text prompt), nil to hide it.
    public var cursor: (x: Int, y: Int)?
    /// The selected item (a list row, the card, the help's first row): where
    /// the terminal's cursor sits when no prompt has it, so that screen
    /// readers and magnifiers follow the selection; nil when none.
    public var focus: (x: Int, y: Int)?
    /// True when the cursor is shown on `focus` too (`cursor = on` in the
    /// configuration); otherwise it sits there unseen.
    public var showsFocus = false

    /// Creates an empty frame of `size`.
    public init(size: Size) {
        base = Layer(rect: Rect(x: 0, y: 0, width: size.width, height: size.height))
        overlays = []
        cursor = nil
    }

    /// The frame's size.
    public var size: Size { base.size }

    /// The cell seen at a screen position, overlays included.
    public func visibleCell(x: Int, y: Int) -> Cell? {
        for overlay in overlays.reversed() {
            if let cell = overlay.cell(x: x - overlay.rect.x, y: y - overlay.rect.y) { return cell }
        }
        return base.cell(x: x, y: y)
    }

    /// The screen as plain text, overlays drawn in, trailing spaces trimmed:
    /// what a snapshot test compares and what `capture-pane -p` would show.
    public var plainText: String {
        var lines: [String] = []
        for y in 0..<size.height {
            var line = ""
            for x in 0..<size.width {
                guard let cell = visibleCell(x: x, y: y), !cell.isContinuation else { continue }
                line.append(cell.character)
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Frames are equal when their cells and cursors are.
    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        lhs.base == rhs.base && lhs.overlays == rhs.overlays && lhs.cursor?.x == rhs.cursor?.x
            && lhs.cursor?.y == rhs.cursor?.y && lhs.focus?.x == rhs.focus?.x && lhs.focus?.y == rhs.focus?.y
            && lhs.showsFocus == rhs.showsFocus
    }
}
