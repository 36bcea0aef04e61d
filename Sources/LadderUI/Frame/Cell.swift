import LadderCore

/// One terminal cell: a grapheme, the role it plays, and attributes added on
/// top of the role's own (such as bold inside a paragraph).
public struct Cell: Equatable, Hashable, Sendable {
    /// The grapheme drawn here; a space for an empty cell.
    public var character: Character
    /// What the cell means, which the theme turns into colours.
    public var role: Role
    /// Attributes added to the role's own.
    public var attributes: TextAttributes
    /// True for the right half of a wide grapheme drawn in the cell before.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(
        _ character: Character = " ", role: Role = .text, attributes: TextAttributes = [],
        isContinuation: Bool = false
    ) {
        self.character = character
        self.role = role
        self.attributes = attributes
        self.isContinuation = isContinuation
    }

    /// An empty cell on the screen's surface.
    public static let blank = Cell(" ", role: .surface)
}
