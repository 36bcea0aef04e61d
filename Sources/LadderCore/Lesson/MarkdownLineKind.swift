/// What a line of a Markdown module starts, judged on its own.
enum MarkdownLineKind: Equatable {
    /// Nothing but whitespace.
    case blank
    /// `#` to `######` and a title; `level` is the number of `#`.
    case heading(level: Int, text: String)
    /// `- `, `* `, `+ `, `1. ` or `1) ` and the item's text.
    case listItem(ordered: Bool, text: String)
    /// `>` and the quoted text (empty for a bare `>`).
    case quote(text: String)
    /// `---`, `***` or `___` on its own: a break we draw nothing for.
    case thematicBreak
    /// Running text.
    case text(String)

    /// Classifies `line`; lines indented four or more columns are always text.
    init(_ line: SourceLine) {
        if line.isBlank {
            self = .blank
            return
        }
        let body = line.trimmed
        guard line.indent < 4 else {
            self = .text(body)
            return
        }
        if let heading = Self.heading(body) {
            self = heading
        } else if Self.isThematicBreak(body) {
            self = .thematicBreak
        } else if body.hasPrefix(">") {
            let rest = body.dropFirst()
            self = .quote(text: SourceLine.trim(rest))
        } else if let item = Self.listItem(body) {
            self = item
        } else {
            self = .text(body)
        }
    }

    /// Whether the line begins a block other than running text.
    var startsBlock: Bool {
        switch self {
        case .text, .blank: false
        default: true
        }
    }

    /// `# Title`, with optional closing `#`s, or nil.
    private static func heading(_ body: String) -> MarkdownLineKind? {
        let level = body.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = body.dropFirst(level)
        guard rest.isEmpty || rest.first?.isWhitespace == true else { return nil }
        var title = SourceLine.trim(rest)
        let closing = title.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing == title.count || title.dropLast(closing).last?.isWhitespace == true {
            title = SourceLine.trim(title.dropLast(closing))
        }
        return .heading(level: level, text: title)
    }

    /// Whether `body` is three or more of one of `-`, `*`, `_` (spaces allowed).
    private static func isThematicBreak(_ body: String) -> Bool {
        // `body` is trimmed, so its first character is the first mark.
        guard let lead = body.utf8.first, lead == 0x2D || lead == 0x2A || lead == 0x5F else { return false }
        // Any other ASCII byte but a blank rules it out at once (a list item,
        // say); anything beyond ASCII goes on to the check on characters.
        for byte in body.utf8 where byte != lead && byte != 0x20 && !(0x09...0x0D).contains(byte) {
            if byte < 0x80 { return false }
            break
        }
        let marks = body.filter { !$0.isWhitespace }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// A bullet or numbered item, or nil.
    private static func listItem(_ body: String) -> MarkdownLineKind? {
        if let first = body.first, "-*+".contains(first) {
            let rest = body.dropFirst()
            guard rest.isEmpty || rest.first?.isWhitespace == true else { return nil }
            return .listItem(ordered: false, text: SourceLine.trim(rest))
        }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = body.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
        let after = rest.dropFirst()
        guard after.isEmpty || after.first?.isWhitespace == true else { return nil }
        return .listItem(ordered: true, text: SourceLine.trim(after))
    }
}
