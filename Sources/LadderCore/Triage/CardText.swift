/// Turns raw text from a user's file into the clean strings a card stores.
/// Every reader goes through here, so nothing unsanitised reaches a model.
enum CardText {
    /// One line of text: line breaks and tabs become spaces, control and
    /// escape sequences go, runs of spaces collapse, ends are trimmed.
    static func line(_ raw: String) -> String {
        if isPlainLine(raw) { return raw }
        var flat = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": flat.append(" ")
            default: flat.append(scalar)
            }
        }
        return collapseSpaces(Sanitizer.clean(String(flat)))
    }

    /// A block of text that may keep its line breaks: each line is cleaned
    /// like `line(_:)`, runs of blank lines shrink to one, ends are trimmed.
    static func block(_ raw: String) -> String {
        // One line (the common case): the same as cleaning it as a line.
        let breaks = raw.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 == 0x0A || $0 == 0x0D }
        }
        if breaks == false { return line(raw) }
        var kept: [String] = []
        for piece in lines(raw) {
            let cleaned = line(piece)
            if cleaned.isEmpty, kept.last?.isEmpty ?? true { continue }
            kept.append(cleaned)
        }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.joined(separator: "\n")
    }

    /// `line(_:)`, or nil when nothing is left.
    static func optionalLine(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let cleaned = line(raw)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// `block(_:)`, or nil when nothing is left.
    static func optionalBlock(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let cleaned = block(raw)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// Collapses runs of spaces into one and trims both ends.
    private static func collapseSpaces(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(" ") }
            pendingSpace = false
            output.append(scalar)
        }
        return String(output)
    }
}

extension CardText {
    /// `raw` without leading and trailing whitespace and line breaks.
    static func trim(_ raw: String) -> String {
        let scalars = raw.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The lines of `text`, split at LF, CRLF or CR, without the breaks.
    static func lines(_ text: String) -> [String] {
        SourceLine.rawLines(text)
    }

    /// True when `raw` is printable ASCII with no leading, trailing or
    /// doubled spaces: already what `line(_:)` would return (a fast path).
    private static func isPlainLine(_ raw: String) -> Bool {
        let plain = raw.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var previousWasSpace = true
            for byte in bytes {
                guard byte >= 0x20, byte < 0x7F else { return false }
                let space = byte == 0x20
                if space, previousWasSpace { return false }
                previousWasSpace = space
            }
            return !previousWasSpace || bytes.isEmpty
        }
        return plain ?? false
    }

    /// Unicode whitespace, with a quick answer for ASCII.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }
}
