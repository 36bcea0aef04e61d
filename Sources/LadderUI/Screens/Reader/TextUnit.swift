import LadderCore

/// One wrappable piece of a chapter: its title, a heading, a paragraph, one
/// list item or a quote. Search and reflow work in units and offsets into
/// their text, so a position survives any change of width. Offsets count
/// UTF-8 bytes of `text` and always fall between graphemes; the text is kept
/// as the module's own string (shared, not copied, for a single span).
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
    /// The text with styles dropped.
    public let text: String
    /// Where each span ends, as a UTF-8 offset into `text`.
    public let spanEnds: [Int]

    /// Creates a unit.
    public init(kind: Kind, spans: [Span], block: Int) {
        self.kind = kind
        self.spans = spans
        self.block = block
        self.text = Self.text(of: spans)
        var end = 0
        self.spanEnds = spans.map { span in
            end += span.text.utf8.count
            return end
        }
    }

    /// The text between UTF-8 offsets `start` and `end`.
    public func slice(_ start: Int, _ end: Int) -> Substring {
        let utf8 = text.utf8
        let count = utf8.count
        let lower = utf8.index(utf8.startIndex, offsetBy: min(max(0, start), count))
        let upper = utf8.index(utf8.startIndex, offsetBy: min(max(start, end), count))
        return text[lower..<upper]
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

    /// The plain text of each unit of `chapter`, in the order of
    /// `units(of:)`, without building the units (what search reads);
    /// `body` returns false to stop.
    static func forEachText(of chapter: Chapter, _ body: (String) -> Bool) {
        guard body(chapter.title) else { return }
        for block in chapter.blocks {
            switch block {
            case .heading(let spans), .paragraph(let spans), .quote(let spans):
                guard body(text(of: spans)) else { return }
            case .list(let items, _):
                for item in items {
                    guard body(text(of: item)) else { return }
                }
            }
        }
    }

    /// The text of `spans` with styles dropped: a single span's own string.
    static func text(of spans: [Span]) -> String {
        spans.count == 1 ? spans[0].text : spans.map(\.text).joined()
    }
}
