/// Greedy word wrapping over Characters, measured in terminal columns.
public enum WordWrap {
    /// A wrapped line: the half-open range of character offsets it shows.
    public struct Line: Equatable, Sendable {
        /// First character offset.
        public var start: Int
        /// One past the last character offset shown (trailing spaces dropped).
        public var end: Int
    }

    /// Breaks `characters` into lines of at most `width` columns. Words longer
    /// than a line are broken hard. Always returns at least one line.
    public static func lines(_ characters: [Character], width: Int) -> [Line] {
        let width = max(1, width)
        var lines: [Line] = []
        var start = 0
        let count = characters.count
        while start < count && characters[start] == " " { start += 1 }
        while start < count {
            var column = 0
            var index = start
            var lastBreak = -1
            while index < count {
                let character = characters[index]
                let columns = TextWidth.of(character)
                if character == " " { lastBreak = index }
                if column + columns > width {
                    break
                }
                column += columns
                index += 1
            }
            var end: Int
            var next: Int
            if index >= count {
                end = count
                next = count
            } else if characters[index] == " " {
                end = index
                next = index
            } else if lastBreak > start {
                end = lastBreak
                next = lastBreak
            } else {
                end = max(index, start + 1)
                next = end
            }
            while end > start && characters[end - 1] == " " { end -= 1 }
            lines.append(Line(start: start, end: end))
            while next < count && characters[next] == " " { next += 1 }
            start = next
        }
        if lines.isEmpty { lines.append(Line(start: 0, end: 0)) }
        return lines
    }
}

extension WordWrap {
    /// `text` broken into lines of at most `width` columns (newlines count as
    /// spaces); always at least one line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let characters = Array(text.map { $0.isNewline ? " " : $0 })
        return lines(characters, width: width).map { String(characters[$0.start..<$0.end]) }
    }

    /// `text` wrapped to `width`, keeping at most `limit` lines; the last kept
    /// line ends in "…" when something was left out.
    /// Only the start of the text is wrapped (enough characters to fill
    /// more than `limit` lines), so a huge text costs no more than a short one.
    public static func wrap(_ text: String, width: Int, limit: Int) -> [String] {
        guard limit > 0 else { return [] }
        // Bounded factors: `limit` may be Int.max for "no limit".
        let budget = (min(limit, 100_000) + 1) * (min(max(1, width), 100_000) + 1) * 2
        let start = text.prefix(budget)
        let cut = limit <= 100_000 && start.endIndex < text.endIndex
        let wrapped = wrap(cut ? String(start) : text, width: width)
        guard wrapped.count > limit || cut else { return wrapped }
        let limit = min(limit, wrapped.count)
        var kept = Array(wrapped.prefix(limit))
        let last = kept[limit - 1]
        kept[limit - 1] =
            TextWidth.of(last) + 2 <= width
            ? last + " …" : String(TextWidth.prefix(last, fitting: max(0, width - 1)).text) + "…"
        return kept
    }
}
