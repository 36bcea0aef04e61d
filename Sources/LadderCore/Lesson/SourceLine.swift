/// One line of a text file a user handed us, numbered from 1, with line
/// endings and a byte-order mark removed and leading tabs expanded.
struct SourceLine: Equatable, Sendable {
    /// The 1-based line number in the file.
    var number: Int
    /// The line's text, without its line ending.
    var text: String

    /// Whether the line holds nothing but whitespace.
    var isBlank: Bool { text.allSatisfy(\.isWhitespace) }

    /// The text with surrounding whitespace removed.
    var trimmed: String { Self.trim(text) }

    /// How many columns of leading spaces the line has.
    var indent: Int { text.prefix { $0 == " " }.count }
}

extension SourceLine {
    /// Splits `text` into numbered lines, accepting LF, CRLF and CR endings and a
    /// leading UTF-8 byte-order mark; leading tabs become four spaces and each
    /// line is sanitised before anything reads it.
    static func split(_ text: String) -> [SourceLine] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        // "\r\n" is a single Character in Swift, so one check covers all three endings.
        let raw = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        var lines = raw.enumerated().map { offset, line in
            SourceLine(number: offset + 1, text: Sanitizer.clean(expandLeadingTabs(line)))
        }
        if lines.last?.text.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Replaces each tab in the line's leading whitespace with four spaces.
    private static func expandLeadingTabs(_ line: Substring) -> String {
        let leading = line.prefix { $0 == " " || $0 == "\t" }
        guard leading.contains("\t") else { return String(line) }
        let spaces = leading.reduce(into: "") { result, character in
            result += character == "\t" ? "    " : " "
        }
        return spaces + line.dropFirst(leading.count)
    }
}

extension SourceLine {
    /// `text` with leading and trailing whitespace removed.
    static func trim<Text: StringProtocol>(_ text: Text) -> String {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
            let end = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[start...end])
    }
}
