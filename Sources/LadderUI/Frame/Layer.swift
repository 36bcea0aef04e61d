import LadderCore

/// A rectangle of cells that widgets draw into. Drawing outside it is clipped,
/// so no widget can crash on a small or empty area.
public struct Layer: Equatable, Sendable {
    /// Where the layer sits on the screen.
    public var rect: Rect
    /// The cells, row by row.
    public private(set) var cells: [Cell]

    /// Creates a layer filled with `fill`.
    public init(rect: Rect, fill: Cell = .blank) {
        self.rect = rect
        self.cells = Array(repeating: fill, count: rect.width * rect.height)
    }

    /// The layer's size.
    public var size: Size { Size(width: rect.width, height: rect.height) }

    /// The cell at a column and row of the layer, nil outside it.
    public func cell(x: Int, y: Int) -> Cell? {
        guard x >= 0, y >= 0, x < rect.width, y < rect.height else { return nil }
        return cells[y * rect.width + x]
    }

    /// Sets one cell; outside the layer it does nothing.
    public mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < rect.width, y < rect.height else { return }
        cells[y * rect.width + x] = cell
    }

    /// Fills a rectangle (in layer coordinates) with blank cells of `role`.
    public mutating func fill(_ area: Rect, role: Role, character: Character = " ") {
        let x0 = max(0, area.x)
        let y0 = max(0, area.y)
        let x1 = min(rect.width, area.maxX)
        let y1 = min(rect.height, area.maxY)
        guard x0 < x1, y0 < y1 else { return }
        let cell = Cell(character, role: role)
        for y in y0..<y1 {
            for x in x0..<x1 { cells[y * rect.width + x] = cell }
        }
    }

    /// Writes `text` from (x, y) in `role`, clipped at `limit` columns from x
    /// (or the layer's edge). A wide grapheme that would be cut is left out.
    /// Returns the columns written.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, x: Int, y: Int, role: Role, attributes: TextAttributes = [],
        limit: Int? = nil
    ) -> Int {
        guard y >= 0, y < rect.height else { return 0 }
        let end = min(rect.width, x + (limit ?? rect.width))
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return writeASCII(text.utf8, x: x, y: y, end: end, role: role, attributes: attributes)
        }
        var column = x
        for character in text {
            let width = TextWidth.of(character)
            if width == 0 { continue }
            if column + width > end { break }
            place(
                GraphemeCode.of(character), width: width, x: column, y: y, role: role, attributes: attributes)
            column += width
        }
        return max(0, column - x)
    }

    /// Writes one grapheme at (x, y) in `role`, unless it would cross the
    /// layer's edge; returns the columns it takes (0 for a control or a
    /// lone combining mark, which are left out).
    @discardableResult
    public mutating func write(
        character: Character, x: Int, y: Int, role: Role, attributes: TextAttributes = []
    ) -> Int {
        write(code: GraphemeCode.of(character), x: x, y: y, role: role, attributes: attributes)
    }

    /// Writes the grapheme with code `code` (see `GraphemeCode`) as
    /// `write(character:)` does.
    @discardableResult
    public mutating func write(
        code: UInt32, x: Int, y: Int, role: Role, attributes: TextAttributes = []
    ) -> Int {
        guard y >= 0, y < rect.height else { return 0 }
        let width =
            code < 0x80 ? (code < 0x20 || code == 0x7F ? 0 : 1) : TextWidth.of(GraphemeCode.character(code))
        guard width > 0, x + width <= rect.width else { return 0 }
        place(code, width: width, x: x, y: y, role: role, attributes: attributes)
        return width
    }

    /// ASCII text, a byte a cell: no graphemes to find, no widths to look up.
    private mutating func writeASCII(
        _ bytes: some Collection<UInt8>, x: Int, y: Int, end: Int, role: Role, attributes: TextAttributes
    ) -> Int {
        var column = x
        for byte in bytes where byte >= 0x20 && byte != 0x7F {
            if column >= end { break }
            if column >= 0 {
                clearWideNeighbours(x: column, y: y, width: 1)
                cells[y * rect.width + column] = Cell(code: UInt32(byte), role: role, attributes: attributes)
            }
            column += 1
        }
        return max(0, column - x)
    }

    /// Puts a grapheme `width` columns wide at (x, y), which the caller has
    /// checked fits; the right half of a wide one is marked as such.
    private mutating func place(
        _ code: UInt32, width: Int, x: Int, y: Int, role: Role, attributes: TextAttributes
    ) {
        guard x >= 0 else { return }
        clearWideNeighbours(x: x, y: y, width: width)
        cells[y * rect.width + x] = Cell(code: code, role: role, attributes: attributes)
        if width == 2, x + 1 < rect.width {
            cells[y * rect.width + x + 1] = Cell(
                code: 0x20, role: role, attributes: attributes, isContinuation: true)
        }
    }

    /// Before `width` cells at (x, y) are overwritten, blanks the other half
    /// of any wide grapheme they would cut in two, so no half is left behind.
    private mutating func clearWideNeighbours(x: Int, y: Int, width: Int) {
        let row = y * rect.width
        if cells[row + x].isContinuation, x > 0 {
            cells[row + x - 1] = Cell(code: 0x20, role: cells[row + x - 1].role)
        }
        let end = x + width
        if end < rect.width, cells[row + end].isContinuation {
            cells[row + end] = Cell(code: 0x20, role: cells[row + end].role)
        }
    }

    /// Changes the role of the cells in a row span, keeping their text.
    public mutating func restyle(x: Int, y: Int, width: Int, role: Role) {
        guard y >= 0, y < rect.height else { return }
        for column in max(0, x)..<max(max(0, x), min(rect.width, x + width)) {
            cells[y * rect.width + column].role = role
        }
    }

    /// The text of one row, wide graphemes counted once.
    public func text(row y: Int) -> String {
        guard y >= 0, y < rect.height else { return "" }
        var line = ""
        for x in 0..<rect.width {
            let cell = cells[y * rect.width + x]
            if !cell.isContinuation { line.append(cell.character) }
        }
        return line
    }
}

extension Layer {
    /// Copies `other` onto this layer where its screen rectangle overlaps.
    public mutating func paste(_ other: Layer) {
        for y in 0..<other.rect.height {
            for x in 0..<other.rect.width {
                guard let cell = other.cell(x: x, y: y) else { continue }
                set(x: other.rect.x - rect.x + x, y: other.rect.y - rect.y + y, cell)
            }
        }
    }
}
