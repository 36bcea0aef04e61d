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

    /// True when `raw` holds nothing but whitespace and line breaks (what
    /// `trim(_:)` would empty), found without building a string.
    static func isBlank(_ raw: String) -> Bool {
        let ascii = raw.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte != 0x20 && !(0x09...0x0D).contains(byte) { return false }
            }
            return true
        }
        if let answer = ascii ?? nil { return answer }
        return raw.unicodeScalars.allSatisfy(isSpace)
    }

    /// The lines of `text`, split at LF, CRLF or CR, without the breaks.
    static func lines(_ text: String) -> [String] {
        SourceLine.rawLines(text)
    }

    /// True when `raw` is printable ASCII with no leading, trailing or
    /// doubled spaces: already what `line(_:)` would return (a fast path).
    private static func isPlainLine(_ raw: String) -> Bool {
        raw.utf8.withContiguousStorageIfAvailable { isPlainLine($0) } ?? false
    }

    /// `isPlainLine` of UTF-8 `bytes`: true when they are already a clean line.
    static func isPlainLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, let first = bytes.first, let last = bytes.last else {
            return true
        }
        if first == 0x20 || last == 0x20 { return false }
        var index = 0
        var previousWasSpace = false
        // Eight bytes at a time (see `PlainWord`), then the rest one by one.
        while index + 8 <= bytes.count {
            let word = PlainWord(
                UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
            guard word.isPrintableASCII else { return false }
            let spaces = word.spaces
            if spaces & (spaces >> 8) != 0 || (previousWasSpace && spaces & 0x80 != 0) { return false }
            previousWasSpace = spaces >> 63 != 0
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte >= 0x20, byte < 0x7F else { return false }
            let space = byte == 0x20
            if space, previousWasSpace { return false }
            previousWasSpace = space
            index += 1
        }
        return true
    }

    /// Unicode whitespace, with a quick answer for ASCII.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }
}

/// Eight bytes of text read as one little-endian word, tested all at once.
private struct PlainWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let value: UInt64

    init(_ value: UInt64) { self.value = value }

    /// True when every byte is from 0x20 to 0x7E.
    var isPrintableASCII: Bool {
        guard value & Self.high == 0 else { return false }
        // With every high bit clear: a byte below 0x20 borrows into its high
        // bit when 0x20 is taken away, and 0x7F carries into it when 1 is added.
        let below = (value &- 0x20 &* Self.ones) & ~value & Self.high
        let delete = (value &+ Self.ones) & Self.high
        return below | delete == 0
    }

    /// The high bit of each byte that is a space (0x20), the others clear.
    var spaces: UInt64 {
        let zeroWhereSpace = value ^ (0x20 &* Self.ones)
        return ~(((zeroWhereSpace & Self.low) &+ Self.low) | zeroWhereSpace) & Self.high
    }
}
