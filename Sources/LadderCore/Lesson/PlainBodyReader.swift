/// Walks the body of a plain lesson export, building one chapter per heading.
struct PlainBodyReader {
    /// The file's lines.
    let lines: [SourceLine]
    /// The index of the body's first line.
    let start: Int
    /// The index of the next line to read.
    private var index: Int

    /// Creates a reader for the body of `lines` starting at index `start`.
    init(lines: [SourceLine], start: Int) {
        self.lines = lines
        self.start = start
        self.index = start
    }

    /// The chapters from the current line to the end.
    mutating func chapters() -> [Chapter] {
        var chapters: [Chapter] = []
        func append(_ block: Block) {
            if chapters.isEmpty {
                chapters.append(Chapter(title: PlainLessonImporter.introductionTitle, blocks: []))
            }
            chapters[chapters.count - 1].blocks.append(block)
        }
        while index < lines.count {
            switch PlainLineKind(lines[index]) {
            case .blank, .navigation:
                index += 1
            case .listItem(let ordered, _):
                append(readList(ordered: ordered))
            case .text(let text) where isHeading(at: index):
                chapters.append(Chapter(title: text, blocks: []))
                index += 1
            case .text:
                append(readParagraph())
            }
        }
        return chapters
    }

    /// Whether the line at `position` is a heading: heading-shaped, with a
    /// blank line (or the start of the body) before it and a blank line, a
    /// navigation line or the end after it.
    private func isHeading(at position: Int) -> Bool {
        guard PlainHeadingHeuristic.isHeading(lines[position].trimmed) else { return false }
        if position > start {
            let before = PlainLineKind(lines[position - 1])
            guard before == .blank || before == .navigation else { return false }
        }
        guard position + 1 < lines.count else { return true }
        let after = PlainLineKind(lines[position + 1])
        return after == .blank || after == .navigation
    }

    /// A paragraph: consecutive lines of text, joined with a space.
    private mutating func readParagraph() -> Block {
        var parts: [String] = []
        while index < lines.count, case .text(let text) = PlainLineKind(lines[index]) {
            parts.append(text)
            index += 1
        }
        return .paragraph([Span(Sanitizer.clean(parts.joined(separator: " ")))])
    }

    /// A list: items of one kind, possibly with blank lines between them;
    /// an indented line of text right after an item continues it.
    private mutating func readList(ordered: Bool) -> Block {
        var items: [String] = []
        while index < lines.count {
            let line = lines[index]
            switch PlainLineKind(line) {
            case .listItem(let itemOrdered, let text) where itemOrdered == ordered:
                items.append(text)
            case .text(let text) where line.indent > 0 && !items.isEmpty:
                items[items.count - 1] += " " + text
            case .blank:
                guard let next = lines[index...].firstIndex(where: { !$0.isBlank }),
                    case .listItem(let itemOrdered, _) = PlainLineKind(lines[next]), itemOrdered == ordered
                else { return list(items, ordered: ordered) }
                index = next
                continue
            default:
                return list(items, ordered: ordered)
            }
            index += 1
        }
        return list(items, ordered: ordered)
    }

    /// The list block for the collected item texts.
    private func list(_ items: [String], ordered: Bool) -> Block {
        .list(items: items.map { [Span(Sanitizer.clean($0))] }, ordered: ordered)
    }
}
