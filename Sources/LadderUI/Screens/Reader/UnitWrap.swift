/// Greedy word wrapping of a unit's text in one forward pass, with lines as
/// UTF-8 offsets. The rules are `WordWrap.lines`' (break after the last
/// space that fits, words longer than a line broken hard, spaces at a break
/// dropped), but the text is read once, byte by byte where it is ASCII, and
/// nothing is copied: wrapping a 50 MB paragraph takes a fraction of a second.
enum UnitWrap {
    /// The lines of `text` at most `width` columns wide; always at least one.
    static func lines(_ text: String, width: Int) -> [WordWrap.Line] {
        var wrapper = Wrapper(width: max(1, width))
        wrapper.lines.reserveCapacity(text.utf8.count / max(1, width) + 1)
        GraphemeRun(text).walk(&wrapper)
        if let start = wrapper.lineStart {
            wrapper.lines.append(.init(start: start, end: wrapper.contentEnd))
        }
        return wrapper.lines.isEmpty ? [.init(start: 0, end: 0)] : wrapper.lines
    }

    /// The wrapping state between graphemes.
    private struct Wrapper: GraphemeVisitor {
        /// The place the line may break at: the last space that fitted.
        struct Break {
            /// Where the line's text ends if it breaks here.
            var contentEnd: Int
            /// Where the next line starts.
            var resume: Int
            /// Columns used up to and including the space.
            var column: Int
        }

        let width: Int
        var lines: [WordWrap.Line] = []
        /// Where the current line starts; nil while skipping spaces between lines.
        var lineStart: Int?
        /// Columns used on the current line.
        var column = 0
        /// One past the line's last grapheme that is not a space.
        var contentEnd = 0
        var lastBreak: Break?

        init(width: Int) { self.width = width }

        mutating func visit(ascii byte: UInt8, at start: Int) -> Bool {
            take(start: start, end: start + 1, columns: Grapheme.width(ofASCII: byte), isSpace: byte == 0x20)
            return true
        }

        mutating func visit(_ character: Character, at start: Int, length: Int) -> Bool {
            take(start: start, end: start + length, columns: TextWidth.of(character), isSpace: false)
            return true
        }

        /// Takes the grapheme at `start..<end`: the common case (it fits on
        /// the line begun) here, the rest in `place`.
        @inline(__always)
        mutating func take(start: Int, end: Int, columns: Int, isSpace: Bool) {
            guard lineStart != nil, column + columns <= width else {
                return place(start: start, end: end, columns: columns, isSpace: isSpace)
            }
            column += columns
            if isSpace {
                lastBreak = Break(contentEnd: contentEnd, resume: end, column: column)
            } else {
                contentEnd = end
            }
        }

        /// A grapheme that starts a line or does not fit on the current one.
        private mutating func place(start: Int, end: Int, columns: Int, isSpace: Bool) {
            while true {
                guard let lineStart else {
                    if isSpace { return }
                    begin(at: start)
                    continue
                }
                if column + columns <= width {
                    return take(start: start, end: end, columns: columns, isSpace: isSpace)
                }
                if isSpace {
                    finish(lineStart, contentEnd)
                    return
                }
                if let breaking = lastBreak {
                    finish(lineStart, breaking.contentEnd)
                    let carried = column - breaking.column
                    begin(at: breaking.resume)
                    column = carried
                    contentEnd = start
                } else if lineStart == start {
                    finish(start, end)
                    return
                } else {
                    finish(lineStart, start)
                    begin(at: start)
                }
            }
        }

        private mutating func begin(at start: Int) {
            lineStart = start
            column = 0
            contentEnd = start
            lastBreak = nil
        }

        private mutating func finish(_ start: Int, _ end: Int) {
            lines.append(.init(start: start, end: end))
            lineStart = nil
        }
    }
}
