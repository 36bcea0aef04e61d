/// Walks the body of a Markdown module, line by line, building chapters.
struct MarkdownBlockReader {
    /// The file's lines.
    let lines: [SourceLine]
    /// The file named in errors.
    let file: String
    /// The index of the next line to read.
    private var index = 0

    /// Creates a reader over `lines` of `file`.
    init(lines: [SourceLine], file: String) {
        self.lines = lines
        self.file = file
    }

    /// The chapters in the lines from `start` on.
    mutating func chapters(from start: Int) throws(InputError) -> [Chapter] {
        index = start
        var chapters: [Chapter] = []
        while index < lines.count {
            let line = lines[index]
            let kind = MarkdownLineKind(line)
            if case .blank = kind {
                index += 1
                continue
            }
            if case .heading(1, let title) = kind {
                let (text, id) = ChapterID.split(heading: title)
                chapters.append(Chapter(id: id, title: try headingText(text, line: line), blocks: []))
                index += 1
                continue
            }
            guard !chapters.isEmpty else {
                throw InputError(
                    file: file, line: line.number,
                    "text before the first chapter; expected a chapter heading starting with `# `")
            }
            chapters[chapters.count - 1].blocks += try blocks(startingWith: kind, line: line)
        }
        return chapters
    }

    /// The blocks starting at the current line, whose kind is `kind`.
    private mutating func blocks(startingWith kind: MarkdownLineKind, line: SourceLine) throws(InputError)
        -> [Block]
    {
        switch kind {
        case .heading(_, let title):
            _ = try headingText(title, line: line)
            index += 1
            return [.heading(InlineParser.spans(title))]
        case .thematicBreak, .blank:
            index += 1
            return []
        case .quote:
            return readQuotes()
        case .listItem(let ordered, _):
            return [readList(ordered: ordered)]
        case .text:
            return [readParagraph()]
        }
    }

    /// A heading's plain title, or an error when it has none.
    private func headingText(_ title: String, line: SourceLine) throws(InputError) -> String {
        let plain = InlineParser.spans(title).map(\.text).joined()
        guard !SourceLine.trim(plain).isEmpty else {
            throw InputError(
                file: file, line: line.number, "heading has no title; expected text after the `#`")
        }
        return SourceLine.trim(plain)
    }

    /// A paragraph: this line and the following lines of running text.
    private mutating func readParagraph() -> Block {
        var parts: [String] = []
        while index < lines.count {
            let kind = MarkdownLineKind(lines[index])
            if kind.startsBlock && !parts.isEmpty { break }
            if case .blank = kind { break }
            parts.append(lines[index].trimmed)
            index += 1
        }
        return .paragraph(InlineParser.spans(parts.joined(separator: " ")))
    }

    /// One or more block quotes from consecutive `>` lines; a bare `>` splits them.
    private mutating func readQuotes() -> [Block] {
        var quotes: [[String]] = [[]]
        while index < lines.count, case .quote(let text) = MarkdownLineKind(lines[index]) {
            if text.isEmpty {
                if quotes[quotes.count - 1].isEmpty == false { quotes.append([]) }
            } else {
                quotes[quotes.count - 1].append(text)
            }
            index += 1
        }
        return quotes.filter { !$0.isEmpty }.map { .quote(InlineParser.spans($0.joined(separator: " "))) }
    }

    /// A list: items of one kind, their indented continuation lines, and
    /// further items after blank lines. Nested items join the same list.
    private mutating func readList(ordered: Bool) -> Block {
        var items: [[String]] = []
        while index < lines.count {
            let line = lines[index]
            let kind = MarkdownLineKind(line)
            switch kind {
            case .listItem(let itemOrdered, let text) where itemOrdered == ordered || line.indent >= 2:
                items.append([text])
            case .blank:
                guard let next = nextNonBlank(after: index), continuesList(lines[next], ordered: ordered)
                else {
                    return list(items, ordered: ordered)
                }
                index = next
                continue
            default:
                guard line.indent >= 2, !items.isEmpty else { return list(items, ordered: ordered) }
                items[items.count - 1].append(line.trimmed)
            }
            index += 1
        }
        return list(items, ordered: ordered)
    }

    /// Whether `line`, after a blank line, still belongs to the list.
    private func continuesList(_ line: SourceLine, ordered: Bool) -> Bool {
        if case .listItem(let itemOrdered, _) = MarkdownLineKind(line) {
            return itemOrdered == ordered || line.indent >= 2
        }
        return line.indent >= 2
    }

    /// The index of the first non-blank line after `position`, if any.
    private func nextNonBlank(after position: Int) -> Int? {
        lines[(position + 1)...].firstIndex { !$0.isBlank }
    }

    /// The list block for the collected item texts.
    private func list(_ items: [[String]], ordered: Bool) -> Block {
        .list(items: items.map { InlineParser.spans($0.joined(separator: " ")) }, ordered: ordered)
    }
}
