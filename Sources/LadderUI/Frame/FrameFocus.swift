import LadderCore

/// Where the real terminal cursor sits when no prompt has it: on the
/// selected item, so that screen readers and magnifiers, which follow the
/// cursor, follow the selection.
extension Frame {
    /// The focus `AppView` gives a frame: the help's first row while it is
    /// open, an overlay's first words, the place the screen named, or the
    /// first selected cell.
    static func focus(of frame: Frame, in state: AppState) -> (x: Int, y: Int)? {
        if state.showsHelp { return HelpOverlay.focus(for: state) }
        if let overlay = frame.overlays.last { return overlay.firstText() }
        // Row 0 holds the tabs (the current one drawn as selected); the last, the status bar.
        return frame.focus ?? frame.base.first(role: .selection, rows: 1..<max(1, frame.size.height - 1))
    }
}

extension Layer {
    /// The screen position of the first cell drawn in `role` on `rows`, row by row.
    func first(role: Role, rows: Range<Int>) -> (x: Int, y: Int)? {
        let width = max(1, rect.width)
        let start = min(cells.count, max(0, rows.lowerBound) * width)
        let end = min(cells.count, max(start, rows.upperBound * width))
        guard let index = cells[start..<end].firstIndex(where: { $0.role == role }) else { return nil }
        return (rect.x + index % width, rect.y + index / width)
    }

    /// The screen position of the first letter or digit, row by row.
    func firstText() -> (x: Int, y: Int)? {
        let index = cells.firstIndex { cell in
            !cell.isContinuation && (cell.character.isLetter || cell.character.isNumber)
        }
        guard let index else { return nil }
        return (rect.x + index % max(1, rect.width), rect.y + index / max(1, rect.width))
    }
}
