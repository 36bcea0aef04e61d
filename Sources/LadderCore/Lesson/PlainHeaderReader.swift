/// Reads the header block of a plain lesson export: an optional module line
/// ("Module 9 · The Human Craft"), an optional lesson number ("50" or
/// "Lesson 50"), the title, an optional one-line subtitle and an optional
/// metadata line ("9 pages3.5K words17 min read"), each on its own line.
enum PlainHeaderReader {
    /// What the header held, and where the body starts.
    struct Header: Equatable {
        /// The module details the header gave.
        var meta: ModuleMeta
        /// The index (into the file's lines) of the first body line.
        var bodyStart: Int
    }

    /// Reads the header at the top of `lines`.
    static func read(_ lines: [SourceLine], file: String) throws(InputError) -> Header {
        var cursor = Cursor(lines: lines)
        guard var line = cursor.peek() else {
            throw InputError(file: file, line: 1, "the file is empty; expected a lesson")
        }
        var module: String?
        var lesson: Int?
        if isModuleLine(line.trimmed) {
            module = line.trimmed
            cursor.advance()
        }
        if let peeked = cursor.peek(), let number = lessonNumber(peeked.trimmed) {
            lesson = number
            cursor.advance()
        }
        guard let titleLine = cursor.peek(), LessonMetadataLine(titleLine.trimmed) == nil else {
            throw InputError(
                file: file, line: cursor.peek()?.number ?? line.number,
                "expected the lesson's title after the module line and lesson number")
        }
        line = titleLine
        cursor.advance()
        var meta = ModuleMeta(title: line.trimmed, module: module, lessonNumber: lesson)
        readSubtitleAndCounts(&cursor, into: &meta)
        return Header(meta: meta, bodyStart: cursor.index)
    }

    /// Reads the subtitle and metadata line, whichever of them are there.
    private static func readSubtitleAndCounts(_ cursor: inout Cursor, into meta: inout ModuleMeta) {
        guard let next = cursor.peek() else { return }
        if let counts = LessonMetadataLine(next.trimmed) {
            apply(counts, to: &meta)
            cursor.advance()
            return
        }
        let followedByCounts = cursor.peek(skipping: 1).flatMap { LessonMetadataLine($0.trimmed) }
        guard followedByCounts != nil || !PlainHeadingHeuristic.isHeading(next.trimmed),
            case .text = PlainLineKind(next)
        else { return }
        meta.subtitle = next.trimmed
        cursor.advance()
        if let counts = followedByCounts {
            apply(counts, to: &meta)
            cursor.advance()
        }
    }

    /// Copies page, word and minute counts into `meta`.
    private static func apply(_ counts: LessonMetadataLine, to meta: inout ModuleMeta) {
        meta.pages = counts.pages
        meta.words = counts.words
        meta.readingMinutes = counts.minutes
    }

    /// "Module 9 · The Human Craft", "Module 9" or "Module 9: Craft".
    static func isModuleLine(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 1)
        guard words.count == 2, words[0].lowercased() == "module", let first = words[1].first else {
            return false
        }
        return first.isASCII && first.isNumber && text.count <= 100
    }

    /// The number in a "50" or "Lesson 50" line.
    static func lessonNumber(_ text: String) -> Int? {
        var digits = Substring(text)
        if text.lowercased().hasPrefix("lesson ") { digits = text.dropFirst("lesson ".count) }
        guard (1...6).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return Int(digits)
    }

    /// Steps through the non-blank lines of the header.
    private struct Cursor {
        let lines: [SourceLine]
        /// The index of the next line not yet consumed.
        var index = 0

        /// The next non-blank line, `skipping` further non-blank lines first.
        func peek(skipping: Int = 0) -> SourceLine? {
            var remaining = skipping
            for line in lines[index...] where !line.isBlank {
                if remaining == 0 { return line }
                remaining -= 1
            }
            return nil
        }

        /// Consumes the next non-blank line.
        mutating func advance() {
            guard let line = peek() else { return }
            index = line.number  // Line numbers are 1-based, so this is the index after it.
        }
    }
}
