/// Makes text from files safe to draw: escape sequences and control
/// characters are removed so a hostile file cannot drive the terminal, and
/// bidirectional overrides are shown rather than obeyed, so text cannot be
/// made to read in an order other than the one it is stored in.
public enum Sanitizer {
    /// Returns `text` without ANSI/OSC escape sequences or control characters.
    /// Tabs become single spaces unless `keepTabs`; newlines are kept only
    /// when `keepNewlines`. Bidirectional embeddings, overrides and isolates
    /// (U+202A...U+202E, U+2066...U+2069) are written out as `<U+202E>`;
    /// zero-width spaces and the direction marks are dropped.
    public static func clean(_ text: String, keepNewlines: Bool = false, keepTabs: Bool = false) -> String {
        if isClean(text, keepNewlines: keepNewlines, keepTabs: keepTabs) { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x1B:
                pending = skipEscape(after: pending, in: &scalars)
            case 0x09:
                output.append(keepTabs ? scalar : " ")
            case 0x0A where keepNewlines:
                output.append(scalar)
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                continue
            case 0x202A...0x202E, 0x2066...0x2069:
                // Overrides and isolates reorder what follows: shown, not obeyed.
                output.append(contentsOf: shownBidi(scalar).unicodeScalars)
            case 0x200B, 0x200E, 0x200F:
                // Zero-width spaces and direction marks can hide text; the
                // joiners (U+200C, U+200D) build emoji and scripts.
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// True when `text` holds nothing `clean` would change, judged on its
    /// UTF-8 bytes: most text is clean, and this costs a fraction of
    /// rebuilding it scalar by scalar.
    private static func isClean(_ text: String, keepNewlines: Bool, keepTabs: Bool) -> Bool {
        let verdict = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20 {
                    let kept = (byte == 0x0A && keepNewlines) || (byte == 0x09 && keepTabs)
                    if !kept { return false }
                } else if byte == 0x7F {
                    return false
                } else if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) {
                    return false  // a C1 control, U+0080...U+009F
                } else if byte == 0xE2, index + 2 < count, isHiddenFormat(bytes[index + 1], bytes[index + 2])
                {
                    return false
                }
                index += 1
            }
            return true
        }
        return verdict ?? false
    }

    /// Whether E2 `second` `third` encodes U+200B, U+200E, U+200F,
    /// U+202A...U+202E or U+2066...U+2069.
    private static func isHiddenFormat(_ second: UInt8, _ third: UInt8) -> Bool {
        switch (second, third) {
        case (0x80, 0x8B), (0x80, 0x8E), (0x80, 0x8F), (0x80, 0xAA...0xAE), (0x81, 0xA6...0xA9): true
        default: false
        }
    }

    /// A bidirectional control as the text that names it: `<U+202E>`.
    static func shownBidi(_ scalar: Unicode.Scalar) -> String {
        "<U+" + String(scalar.value, radix: 16, uppercase: true) + ">"
    }

    /// Consumes one escape sequence whose ESC has been read; returns the
    /// scalar after it.
    private static func skipEscape(
        after first: Unicode.Scalar?, in scalars: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        guard let first else { return nil }
        switch first {
        case "[":
            // CSI: parameters and intermediates, then one final byte 0x40...0x7E.
            while let next = scalars.next() {
                if (0x40...0x7E).contains(next.value) { return scalars.next() }
            }
            return nil
        case "]", "P", "X", "^", "_":
            // OSC, DCS and friends: up to BEL or ESC \.
            while let next = scalars.next() {
                if next.value == 0x07 { return scalars.next() }
                if next.value == 0x1B {
                    let after = scalars.next()
                    return after == "\\" ? scalars.next() : after
                }
            }
            return nil
        default:
            return scalars.next()
        }
    }
}
