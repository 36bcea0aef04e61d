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

    /// The grapheme as text.
    var string: String { character.map { String($0) } ?? String(Unicode.Scalar(ascii ?? 0x20)) }

    /// Columns taken on a terminal by an ASCII byte: none for a control.
    static func width(ofASCII byte: UInt8) -> Int { byte < 0x20 || byte == 0x7F ? 0 : 1 }
}

/// Walks the graphemes of part of a string, with their UTF-8 offsets, in one
/// forward pass. An ASCII byte followed by another ASCII byte is a grapheme
/// on its own (apart from CR LF), so most text is read byte by byte; only
/// text beyond ASCII goes through the standard library's grapheme breaking.
struct GraphemeRun {
    private let text: Substring
    private let base: Int

    /// The graphemes of `text` between UTF-8 offsets `start` and `end`, which
    /// must lie on grapheme boundaries (as offsets from `TextUnit` do).
    init(_ text: String, from start: Int = 0, to end: Int? = nil) {
        let utf8 = text.utf8
        let count = utf8.count
        let lower = utf8.index(utf8.startIndex, offsetBy: min(max(0, start), count))
        let upper = utf8.index(utf8.startIndex, offsetBy: min(max(0, end ?? count), count))
        self.text = text[lower..<max(lower, upper)]
        self.base = min(max(0, start), count)
    }

    /// Shows `visitor` each grapheme in order, until it returns false.
    /// Generic, so the byte loop is compiled with the visitor's code in it.
    func walk<Visitor: GraphemeVisitor>(_ visitor: inout Visitor) {
        var text = self.text
        text.makeContiguousUTF8()
        let base = self.base
        let walked: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            let count = bytes.count
            var offset = 0
            var index: String.Index?
            while offset < count {
                let byte = bytes[offset]
                let following: UInt8 = offset + 1 < count ? bytes[offset + 1] : 0
                if byte < 0x80 && following < 0x80 && !(byte == 0x0D && following == 0x0A) {
                    guard visitor.visit(ascii: byte, at: base + offset) else { return }
                    index = nil
                    offset += 1
                    continue
                }
                let here = index ?? text.utf8.index(text.startIndex, offsetBy: offset)
                let after = text.index(after: here)
                let length = text.utf8.distance(from: here, to: after)
                let going =
                    length == 1
                    ? visitor.visit(ascii: byte, at: base + offset)
                    : visitor.visit(text[here], at: base + offset, length: length)
                guard going else { return }
                index = after
                offset += length
            }
        }
        guard walked == nil else { return }
        // Not stored as UTF-8 (bridged text): Character by Character.
        var start = base
        for character in text {
            let length = character.utf8.count
            let byte = character.utf8.first ?? 0
            let going =
                length == 1
                ? visitor.visit(ascii: byte, at: start) : visitor.visit(character, at: start, length: length)
            guard going else { return }
            start += length
        }
    }

    /// Calls `body` with each grapheme in order; `body` returns false to stop.
    func forEach(_ body: (Grapheme) -> Bool) {
        var collector = Collector()
        walk(&collector)
        for grapheme in collector.graphemes {
            guard body(grapheme) else { return }
        }
    }

    /// Gathers the graphemes of a short run (a line on screen).
    private struct Collector: GraphemeVisitor {
        var graphemes: [Grapheme] = []

        mutating func visit(ascii byte: UInt8, at start: Int) -> Bool {
            graphemes.append(Grapheme(start: start, length: 1, ascii: byte, character: nil))
            return true
        }

        mutating func visit(_ character: Character, at start: Int, length: Int) -> Bool {
            graphemes.append(Grapheme(start: start, length: length, ascii: nil, character: character))
            return true
        }
    }
}

/// What `GraphemeRun.walk` shows each grapheme to; each call returns false to stop.
protocol GraphemeVisitor {
    /// A grapheme that is the one ASCII `byte` at UTF-8 offset `start`.
    mutating func visit(ascii byte: UInt8, at start: Int) -> Bool
    /// Any other grapheme: `character`, at `start`, `length` bytes long.
    mutating func visit(_ character: Character, at start: Int, length: Int) -> Bool
}
