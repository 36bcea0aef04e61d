/// What a line of a plain lesson export is, judged on its own.
enum PlainLineKind: Equatable {
    /// Nothing but whitespace.
    case blank
    /// A course navigation link such as "↑ Back to the index": dropped.
    case navigation
    /// A list item ("  • text", "- text", "  1. text") and its text.
    case listItem(ordered: Bool, text: String)
    /// Any other text, trimmed.
    case text(String)

    /// The arrows that start or end a navigation line.
    static let arrows: Set<Character> = [
        "↑", "←", "→", "↖", "↗", "↩", "↪", "⇐", "⇒", "⇑", "⬆", "⬅", "➡", "«", "»", "‹", "›",
    ]
    /// Words that make an arrowed line a navigation link.
    static let navigationWords: Set<String> = [
        "back", "index", "next", "previous", "prev", "contents", "top", "home", "menu", "continue", "lesson",
        "course", "module", "return",
    ]
    /// Characters that mark a bullet item in the export.
    static let bullets: Set<Character> = ["•", "◦", "▪", "‣", "●", "○", "-", "*", "–"]

    /// Classifies `line`.
    init(_ line: SourceLine) {
        let body = line.trimmed
        if body.isEmpty {
            self = .blank
        } else if Self.isNavigation(body) {
            self = .navigation
        } else if let item = Self.listItem(body, indented: line.indent > 0) {
            self = item
        } else {
            self = .text(body)
        }
    }

    /// An arrow at either end plus at most eight words, one of them about
    /// moving around the course; or an arrow alone.
    private static func isNavigation(_ body: String) -> Bool {
        guard let first = body.first, let last = body.last, arrows.contains(first) || arrows.contains(last)
        else { return false }
        let words = body.lowercased().split { !$0.isLetter }.map(String.init)
        return words.isEmpty || (words.count <= 8 && words.contains(where: navigationWords.contains))
    }

    /// A bullet followed by a space, or (when indented) a number and `.` or `)`.
    private static func listItem(_ body: String, indented: Bool) -> PlainLineKind? {
        if let first = body.first, bullets.contains(first) {
            let rest = body.dropFirst()
            guard let space = rest.first, space.isWhitespace else { return nil }
            return .listItem(ordered: false, text: SourceLine.trim(rest))
        }
        guard indented else { return nil }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        let rest = body.dropFirst(digits.count)
        guard (1...3).contains(digits.count), let mark = rest.first, mark == "." || mark == ")",
            rest.dropFirst().first?.isWhitespace == true
        else { return nil }
        return .listItem(ordered: true, text: SourceLine.trim(rest.dropFirst()))
    }
}
