/// Reads a `.theme` file into its declarations. The format, in short:
///
///     # comment                      (also after a value: `value  # note`)
///     name = dark                    (optional; must match the file name)
///     description = One line for `ladder themes`.
///     inherits = dark                (optional parent theme)
///     [palette]
///     bg = #1e1e2e
///     [roles]
///     heading = #89b4fa on bg bold underline
///     [mono]
///     heading = bold underline
public enum ThemeParser {
    /// The sections a theme file may have.
    enum Section: String, CaseIterable {
        case palette, roles, mono
    }

    /// Parses `text`, the theme called `name`; errors name `file` (by default
    /// `NAME.theme`) and the line.
    public static func parse(text: String, name: String, file: String? = nil) throws(InputError)
        -> ThemeFile
    {
        var reader = Reader(theme: ThemeFile(name: name, file: file ?? "\(name).theme"))
        var lineNumber = 0
        for rawLine in SourceLine.rawLines(text) {
            lineNumber += 1
            let line = stripComment(rawLine)
            if line.isEmpty { continue }
            try reader.read(line, at: lineNumber)
        }
        return reader.theme
    }

    /// `line` without its comment, trimmed. A comment is a line whose first
    /// non-blank character is `#`, or ` # ` (a `#` with blanks either side,
    /// or at the end) after a value, so `#rrggbb` colours are never comments.
    static func stripComment(_ line: String) -> String {
        guard line.utf8.contains(UInt8(ascii: "#")) else { return line.trimmingBlanks() }
        let scalars = line.unicodeScalars
        var onlyBlanksBefore = true
        var blankBefore = true
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "#" {
                let blankAfter = next == scalars.endIndex || isBlank(scalars[next])
                if onlyBlanksBefore || (blankBefore && blankAfter) {
                    return String(scalars[..<index]).trimmingBlanks()
                }
            }
            blankBefore = isBlank(scalar)
            onlyBlanksBefore = onlyBlanksBefore && blankBefore
            index = next
        }
        return line.trimmingBlanks()
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{FEFF}"
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs, CRs and BOMs.
    func trimmingBlanks() -> String {
        // Byte by byte while the edges are ASCII, where a byte is a character;
        // otherwise (a BOM, a combining mark, a line feed) character by character.
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, Self.isBlankByte(bytes[start]) { start = bytes.index(after: start) }
        while start < end, Self.isBlankByte(bytes[bytes.index(before: end)]) {
            end = bytes.index(before: end)
        }
        guard start < end else { return "" }
        let first = bytes[start]
        let last = bytes[bytes.index(before: end)]
        if first < 0x80, last < 0x80, first != UInt8(ascii: "\n") {
            return start == bytes.startIndex && end == bytes.endIndex ? self : String(self[start..<end])
        }
        return trimmingBlankCharacters()
    }

    private static func isBlankByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private func trimmingBlankCharacters() -> String {
        func isBlank(_ character: Character) -> Bool {
            character == " " || character == "\t" || character == "\r" || character == "\u{FEFF}"
                || character == "\r\n"
        }
        let start = firstIndex { !isBlank($0) } ?? endIndex
        let end = lastIndex { !isBlank($0) }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
