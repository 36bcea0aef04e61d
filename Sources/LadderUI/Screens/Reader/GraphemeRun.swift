/// One grapheme of a run: where its UTF-8 bytes are, and what it is.
struct Grapheme {
    /// Offset of its first UTF-8 byte in the whole text.
    var start: Int
    /// How many UTF-8 bytes it takes.
    var length: Int
    /// The byte itself when the grapheme is one ASCII byte, else nil.
    var ascii: UInt8?
    /// The grapheme as a Character, only when it is not one ASCII byte.
    var character: Character?

    /// One past its last byte.
    var end: Int { start + length }

    /// Whether it is the ASCII space words break at.
    var isSpace: Bool { ascii == 0x20 }

    /// The grapheme as text.
    var string: String { character.map { String($0) } ?? String(Unicode.Scalar(ascii ?? 0x20)) }

    /// Columns it takes on a terminal.
    var width: Int {
        if let ascii { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        return character.map(TextWidth.of) ?? 0
    }
}

/// Walks the graphemes of part of a string, with their UTF-8 offsets, in one
/// forward pass. An ASCII byte followed by another ASCII byte is a grapheme
/// on its own (apart from CR LF), so most text is read byte by byte; only
/// text beyond ASCII goes through the standard library's grapheme breaking.
struct GraphemeRun {
    private let text: Substring
    private let base: Int
    private var offset: Int
    private var index: String.Index?

    /// The graphemes of `text` between UTF-8 offsets `start` and `end`, which
    /// must lie on grapheme boundaries (as offsets from `TextUnit` do).
    init(_ text: String, from start: Int = 0, to end: Int? = nil) {
        let utf8 = text.utf8
        let count = utf8.count
        let lower = utf8.index(utf8.startIndex, offsetBy: min(max(0, start), count))
        let upper = utf8.index(utf8.startIndex, offsetBy: min(max(0, end ?? count), count))
        self.text = text[lower..<max(lower, upper)]
        self.base = min(max(0, start), count)
        self.offset = 0
    }

    /// Calls `body` with each grapheme in order; `body` returns false to stop.
    mutating func forEach(_ body: (Grapheme) -> Bool) {
        var text = self.text
        text.makeContiguousUTF8()
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            while let grapheme = next(in: bytes, of: text), body(grapheme) {}
        }
        if done == nil {
            // Not stored as UTF-8 (bridged text): grapheme by grapheme.
            var start = base
            for character in text {
                let length = character.utf8.count
                let ascii = length == 1 ? character.utf8.first : nil
                let grapheme = Grapheme(
                    start: start, length: length, ascii: ascii, character: ascii == nil ? character : nil)
                guard body(grapheme) else { return }
                start += length
            }
        }
    }

    private mutating func next(in bytes: UnsafeBufferPointer<UInt8>, of text: Substring) -> Grapheme? {
        guard offset < bytes.count else { return nil }
        let byte = bytes[offset]
        let following: UInt8 = offset + 1 < bytes.count ? bytes[offset + 1] : 0
        if byte < 0x80 && following < 0x80 && !(byte == 0x0D && following == 0x0A) {
            defer { offset += 1 }
            index = nil
            return Grapheme(start: base + offset, length: 1, ascii: byte, character: nil)
        }
        let here = index ?? text.utf8.index(text.startIndex, offsetBy: offset)
        let after = text.index(after: here)
        let length = text.utf8.distance(from: here, to: after)
        defer {
            offset += length
            index = after
        }
        let character = text[here]
        let ascii = length == 1 ? byte : nil
        return Grapheme(
            start: base + offset, length: length, ascii: ascii, character: ascii == nil ? character : nil)
    }
}
