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
