/// The text of a bracketed paste, gathered until `ESC [ 201 ~` ends it.
struct PasteBuffer: Equatable, Sendable {
    /// The most characters one paste keeps; the rest is dropped.
    static let limit = 65_536

    private static let end: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]
    /// The paste up to the limit, then a window of the latest scalars in
    /// which the end marker is looked for.
    private var scalars: [Unicode.Scalar] = []

    /// Adds `scalar`; returns the pasted text once the end marker is in.
    mutating func add(_ scalar: Unicode.Scalar) -> String? {
        if scalars.count == Self.limit + Self.end.count { scalars.remove(at: Self.limit) }
        scalars.append(scalar)
        guard scalars.count >= Self.end.count, scalars.suffix(Self.end.count).elementsEqual(Self.end) else {
            return nil
        }
        scalars.removeLast(Self.end.count)
        return take()
    }

    /// The text so far, as it should be inserted: line ends as `\n`, other
    /// control characters (escapes above all) removed.
    mutating func take() -> String {
        defer { scalars.removeAll() }
        var text = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in scalars.prefix(Self.limit) {
            defer { previous = scalar }
            switch scalar.value {
            case 13: text.append("\n")
            case 10 where previous == "\r": continue
            case 9, 10: text.append(scalar)
            case 0..<32, 127, 0x80..<0xA0: continue
            default: text.append(scalar)
            }
        }
        return String(text)
    }
}
