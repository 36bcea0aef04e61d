import LadderCore

/// One terminal cell: a grapheme, the role it plays, and attributes added on
/// top of the role's own (such as bold inside a paragraph).
///
/// A cell is eight bytes of plain data: the grapheme is kept as a number
/// (see `GraphemeCode`), so frames are built, copied and compared without
/// touching a single string.
public struct Cell: Equatable, Hashable, Sendable {
    /// The grapheme as a number: its scalar value when it is one scalar,
    /// otherwise its place in the table of longer clusters.
    public private(set) var code: UInt32
    /// What the cell means, which the theme turns into colours.
    public var role: Role
    /// Attributes added to the role's own.
    public var attributes: TextAttributes
    /// True for the right half of a wide grapheme drawn in the cell before.
    public var isContinuation: Bool
    /// Pads the cell to eight bytes, so that a whole cell compares and
    /// hashes as one 64-bit word (`bits`).
    private var padding: UInt8 = 0

    /// Creates a cell.
    public init(
        _ character: Character = " ", role: Role = .text, attributes: TextAttributes = [],
        isContinuation: Bool = false
    ) {
        self.init(
            code: GraphemeCode.of(character), role: role, attributes: attributes,
            isContinuation: isContinuation)
    }

    /// Creates a cell from a grapheme's code.
    init(code: UInt32, role: Role, attributes: TextAttributes = [], isContinuation: Bool = false) {
        self.code = code
        self.role = role
        self.attributes = attributes
        self.isContinuation = isContinuation
    }

    /// The grapheme drawn here; a space for an empty cell.
    public var character: Character {
        get { GraphemeCode.character(code) }
        set { code = GraphemeCode.of(newValue) }
    }

    /// The byte of a printable ASCII grapheme (most cells), nil otherwise.
    @inlinable public var printableASCII: UInt8? {
        code >= 0x20 && code < 0x7F ? UInt8(truncatingIfNeeded: code) : nil
    }

    /// The whole cell as one word: equal cells have equal bits.
    @inlinable public var bits: UInt64 { unsafeBitCast(self, to: UInt64.self) }

    /// Calls `body` with `cells` seen as their `bits`, a word a cell.
    @inlinable public static func withWords<Result>(
        of cells: [Cell], _ body: (UnsafeBufferPointer<UInt64>) -> Result
    ) -> Result {
        cells.withUnsafeBufferPointer { buffer in buffer.withMemoryRebound(to: UInt64.self, body) }
    }

    /// Cells are equal when their graphemes, roles, attributes and halves are.
    @inlinable public static func == (lhs: Cell, rhs: Cell) -> Bool { lhs.bits == rhs.bits }

    /// Hashes the cell's bits.
    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(bits) }

    /// An empty cell on the screen's surface.
    public static let blank = Cell(" ", role: .surface)
}
