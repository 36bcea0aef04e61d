import LadderCore

/// One wrappable piece of a chapter: its title, a heading, a paragraph, one
/// list item or a quote. Search and reflow work in units and offsets into
/// their text, so a position survives any change of width.
public struct TextUnit: Equatable, Sendable {
    /// What kind of text this is, which decides its look and indentation.
    public enum Kind: Equatable, Sendable {
        /// The chapter's title.
        case title
        /// A section heading.
        case heading
        /// Running text.
        case paragraph
        /// A list item with its marker, such as "•" or "3.".
        case listItem(marker: String)
        /// A quote or reflection prompt.
        case quote
    }

    /// The kind.
    public var kind: Kind
    /// The styled text.
    public var spans: [Span]
    /// The block this unit came from (to keep list items together).
    public var block: Int
    /// The text with styles dropped, as Characters for offset arithmetic.
    public let characters: [Character]

    /// Creates a unit.
    public init(kind: Kind, spans: [Span], block: Int) {
        self.kind = kind
        self.spans = spans
        self.block = block
        self.characters = Array(spans.map(\.text).joined())
    }

    /// Splits a chapter into units, title first.
    public static func units(of chapter: Chapter) -> [TextUnit] {
        var units = [TextUnit(kind: .title, spans: [Span(chapter.title)], block: -1)]
        for (index, block) in chapter.blocks.enumerated() {
            switch block {
            case .heading(let spans):
                units.append(TextUnit(kind: .heading, spans: spans, block: index))
            case .paragraph(let spans):
                units.append(TextUnit(kind: .paragraph, spans: spans, block: index))
            case .quote(let spans):
                units.append(TextUnit(kind: .quote, spans: spans, block: index))
            case .list(let items, let ordered):
                for (number, item) in items.enumerated() {
                    let marker = ordered ? "\(number + 1)." : "•"
                    units.append(TextUnit(kind: .listItem(marker: marker), spans: item, block: index))
                }
            }
        }
        return units
    }
}
