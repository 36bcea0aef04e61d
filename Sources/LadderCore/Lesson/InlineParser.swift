/// Reads Markdown inline markup — `*emphasis*`, `_emphasis_`, `**strong**`,
/// `` `code` `` and backslash escapes — into sanitised spans.
///
/// Unmatched markers stay as literal text. Styles do not nest in the model,
/// so text inside strong or emphasis takes the outer style (strong wins over
/// emphasis) while code keeps its own.
enum InlineParser {
    /// The spans of one run of inline text.
    static func spans(_ text: String) -> [Span] {
        // Without a backslash, backtick, asterisk or underscore there is no
        // markup: the text is one plain span, as the scan would find.
        let marked = text.utf8.contains { $0 == 0x5C || $0 == 0x60 || $0 == 0x2A || $0 == 0x5F }
        if !marked { return text.isEmpty ? [] : [Span(Sanitizer.clean(text))] }
        var scanner = InlineScanner(characters: Array(text))
        let raw = scanner.parse(scanner.characters.startIndex..<scanner.characters.endIndex)
        return merged(raw)
    }

    /// Joins neighbouring spans of one style, drops empty ones and sanitises.
    static func merged(_ spans: [Span]) -> [Span] {
        var result: [Span] = []
        for span in spans where !span.text.isEmpty {
            if let last = result.last, last.style == span.style {
                result[result.count - 1].text = last.text + span.text
            } else {
                result.append(span)
            }
        }
        return result.map { Span(Sanitizer.clean($0.text), $0.style) }
    }
}

/// The working state of one inline parse.
private struct InlineScanner {
    /// A delimiter search that failed: nothing from `from` up to `end` closes it.
    private struct Miss: Hashable {
        var marker: Character
        var width: Int
        var end: Int
    }

    let characters: [Character]
    /// Remembers failed closer searches so hostile input stays linear-ish.
    private var misses: [Miss: Int] = [:]

    init(characters: [Character]) { self.characters = characters }

    /// Parses `range` into spans (not yet merged).
    mutating func parse(_ range: Range<Int>) -> [Span] {
        var spans: [Span] = []
        var plain = ""
        var index = range.lowerBound
        func flush() {
            if !plain.isEmpty { spans.append(Span(plain)) }
            plain = ""
        }
        while index < range.upperBound {
            let character = characters[index]
            if character == "\\", index + 1 < range.upperBound, Self.isEscapable(characters[index + 1]) {
                plain.append(characters[index + 1])
                index += 2
            } else if character == "`" {
                let width = run(of: "`", at: index, end: range.upperBound)
                if let close = closer(of: "`", width: width, from: index + width, end: range.upperBound) {
                    flush()
                    spans.append(Span(Self.codeText(characters[(index + width)..<close]), .code))
                    index = close + width
                } else {
                    plain += String(repeating: "`", count: width)
                    index += width
                }
            } else if character == "*" || character == "_",
                let (styled, next) = styledRun(at: index, marker: character, end: range.upperBound)
            {
                flush()
                spans += styled
                index = next
            } else {
                plain.append(character)
                index += 1
            }
        }
        flush()
        return spans
    }

    /// A strong or emphasis run opening at `index`, and where parsing resumes.
    private mutating func styledRun(at index: Int, marker: Character, end: Int) -> ([Span], Int)? {
        for (width, style) in [(2, Span.Style.strong), (1, .emphasis)] {
            guard run(of: marker, at: index, end: end) >= width, canOpen(at: index, width: width, end: end),
                let close = closer(of: marker, width: width, from: index + width, end: end)
            else { continue }
            let inner = parse((index + width)..<close).map { span in
                span.style == .code || span.style == .strong ? span : Span(span.text, style)
            }
            return (inner, close + width)
        }
        return nil
    }

    /// How many `marker` characters start at `index`.
    private func run(of marker: Character, at index: Int, end: Int) -> Int {
        var count = 0
        while index + count < end, characters[index + count] == marker { count += 1 }
        return count
    }

    /// Whether a delimiter of `width` at `index` may open a styled run.
    private func canOpen(at index: Int, width: Int, end: Int) -> Bool {
        let after = index + width
        guard after < end, !characters[after].isWhitespace else { return false }
        if characters[index] == "_", index > 0, Self.isWordCharacter(characters[index - 1]) { return false }
        return true
    }

    /// The index of the delimiter that closes a run opened just before `from`.
    private mutating func closer(of marker: Character, width: Int, from: Int, end: Int) -> Int? {
        let miss = Miss(marker: marker, width: width, end: end)
        if let failed = misses[miss], from >= failed { return nil }
        var index = from
        while index < end {
            let character = characters[index]
            if character == "\\", marker != "`" {
                index += 2
                continue
            }
            guard character == marker else {
                index += skipCode(at: index, marker: marker, end: end)
                continue
            }
            let length = run(of: marker, at: index, end: end)
            if isCloser(at: index, length: length, width: width, from: from, end: end) { return index }
            index += length
        }
        misses[miss] = min(misses[miss] ?? from, from)
        return nil
    }

    /// Whether a run of `length` markers at `index` closes a run of `width`.
    private func isCloser(at index: Int, length: Int, width: Int, from: Int, end: Int) -> Bool {
        let marker = characters[index]
        if marker == "`" { return length == width }
        guard length == width || (width == 2 && length == 3), index > from,
            !characters[index - 1].isWhitespace
        else { return false }
        let after = index + length
        if marker == "_", after < end, Self.isWordCharacter(characters[after]) { return false }
        return true
    }

    /// How far to step past position `index` while looking for a closer:
    /// a whole code span when one starts there, otherwise one character.
    private mutating func skipCode(at index: Int, marker: Character, end: Int) -> Int {
        guard characters[index] == "`", marker != "`" else { return 1 }
        let width = run(of: "`", at: index, end: end)
        guard let close = closer(of: "`", width: width, from: index + width, end: end) else { return width }
        return close + width - index
    }

    /// Code text: one space of padding on each side is dropped when both exist.
    private static func codeText(_ characters: ArraySlice<Character>) -> String {
        let text = String(characters)
        if text.count >= 3, text.first == " ", text.last == " " { return String(text.dropFirst().dropLast()) }
        return text
    }

    /// ASCII punctuation, which a backslash turns into literal text.
    private static func isEscapable(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (0x21...0x2F).contains(ascii) || (0x3A...0x40).contains(ascii) || (0x5B...0x60).contains(ascii)
            || (0x7B...0x7E).contains(ascii)
    }

    /// Letters and digits, around which `_` does not open or close emphasis.
    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
