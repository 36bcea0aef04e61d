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
        var lines: [SourceLine] = []
        forEachLine(in: text) { bytes in
            lines.append(SourceLine(number: lines.count + 1, text: cleaned(bytes)))
            return true
        }
        if lines.last?.text.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Calls `body` with the bytes of each line of `text` in turn, without
    /// its line ending (LF, CRLF or CR) or a leading byte-order mark, until
    /// `body` returns false. Works on the string's own UTF-8 bytes: a line
    /// break is always a grapheme boundary, so splitting bytes at LF, CR and
    /// CRLF matches splitting Characters, and nothing is copied.
    static func forEachLine(in text: String, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Bool) {
        var text = text
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var index = start
            let count = bytes.count
            while index <= count {
                let isEnd = index == count
                if isEnd || bytes[index] == 0x0A || bytes[index] == 0x0D {
                    guard body(bytes[start..<index]) else { return }
                    if !isEnd && bytes[index] == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A {
                        index += 1
                    }
                    start = index + 1
                }
                index += 1
            }
        }
    }

    /// A line's bytes as the text a `SourceLine` holds: leading tabs
    /// expanded, then sanitised.
    static func cleaned(_ bytes: some Collection<UInt8>) -> String {
        Sanitizer.clean(expandLeadingTabs(bytes))
    }

    /// The lines of `text` exactly as written, split at LF, CRLF or CR on
    /// UTF-8 bytes (a line break is always a grapheme boundary).
    static func rawLines(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var lines: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index += 1
                continue
            }
            lines.append(String(decoding: bytes[start..<index], as: UTF8.self))
            index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            start = index
        }
        lines.append(String(decoding: bytes[start...], as: UTF8.self))
        return lines
    }

    /// The line as text, each tab in its leading whitespace replaced with
    /// four spaces.
    private static func expandLeadingTabs(_ line: some Collection<UInt8>) -> String {
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        let leading = line.prefix { $0 == space || $0 == tab }
        guard leading.contains(tab) else { return String(decoding: line, as: UTF8.self) }
        var expanded: [UInt8] = []
        for byte in leading {
            expanded += byte == tab ? [space, space, space, space] : [space]
        }
        expanded += line.dropFirst(leading.count)
        return String(decoding: expanded, as: UTF8.self)
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
