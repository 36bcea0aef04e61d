/// Short lines drawn large, in letters built of block characters, for a
/// terminal shown on a projector. Each letter is a grid of pixels five
/// high; at scale 1 two pixels share a cell (half blocks, three rows), at
/// scale 2 a pixel is two cells wide and one high, at scale 3 four by two.
/// Letters, digits and common punctuation are drawn; a line with anything
/// else is not (the caller writes it as plain text).
public enum BlockLetters {
    /// The largest scale.
    public static let largestScale = 3

    /// The rows of `text` drawn at `scale`, nil when a character has no glyph.
    public static func render(_ text: String, scale: Int) -> [String]? {
        guard let glyphs = glyphs(of: text) else { return nil }
        let pixels = pixelRows(glyphs)
        switch scale {
        case ...1: return halfBlocks(pixels)
        default:
            let across = scale == 2 ? 2 : 4
            let down = scale == 2 ? 1 : 2
            var rows: [String] = []
            for row in pixels {
                let line = String(row.flatMap { Array(repeating: $0 ? "█" : " ", count: across) })
                rows += Array(repeating: line, count: down)
            }
            return rows
        }
    }

    /// Columns `text` takes at `scale`, nil when a character has no glyph.
    public static func width(of text: String, scale: Int) -> Int? {
        guard let glyphs = glyphs(of: text) else { return nil }
        let pixels = glyphs.reduce(0) { $0 + $1.width } + max(0, glyphs.count - 1)
        return pixels * (scale <= 1 ? 1 : scale == 2 ? 2 : 4)
    }

    /// Rows `text` takes at `scale`.
    public static func height(scale: Int) -> Int { scale <= 1 ? 3 : scale == 2 ? 5 : 10 }

    /// The largest scale at which `text` fits in `width` columns and
    /// `height` rows, nil when it does not fit even at scale 1 (or cannot
    /// be drawn).
    public static func scale(for text: String, width: Int, height: Int) -> Int? {
        for scale in stride(from: largestScale, through: 1, by: -1) {
            guard let columns = Self.width(of: text, scale: scale) else { return nil }
            if columns <= width, Self.height(scale: scale) <= height { return scale }
        }
        return nil
    }

    /// The glyphs of `text`, nil when one is missing.
    private static func glyphs(of text: String) -> [Glyph]? {
        var glyphs: [Glyph] = []
        for character in text.uppercased() {
            guard let glyph = BlockFont.glyphs[character] else { return nil }
            glyphs.append(glyph)
        }
        return glyphs.isEmpty ? nil : glyphs
    }

    /// The five pixel rows of `glyphs` side by side, one blank column between.
    private static func pixelRows(_ glyphs: [Glyph]) -> [[Bool]] {
        (0..<5).map { row in
            var pixels: [Bool] = []
            for (index, glyph) in glyphs.enumerated() {
                if index > 0 { pixels.append(false) }
                pixels += glyph.rows[row]
            }
            return pixels
        }
    }

    /// Pixel rows two by two as half blocks: three rows of cells.
    private static func halfBlocks(_ pixels: [[Bool]]) -> [String] {
        stride(from: 0, to: pixels.count, by: 2).map { top in
            let upper = pixels[top]
            let lower = top + 1 < pixels.count ? pixels[top + 1] : Array(repeating: false, count: upper.count)
            return String(
                zip(upper, lower).map { pair -> Character in
                    switch pair {
                    case (true, true): "█"
                    case (true, false): "▀"
                    case (false, true): "▄"
                    case (false, false): " "
                    }
                })
        }
    }
}

/// One letter of the block font: rows of pixels, all the same width.
struct Glyph: Sendable {
    let rows: [[Bool]]
    var width: Int { rows.first?.count ?? 0 }

    /// A glyph from five rows drawn with `#` for a pixel and `.` for none.
    init(_ picture: [String]) {
        rows = picture.map { $0.map { $0 == "#" } }
    }
}

extension BlockLetters {
    /// `text` broken between words into at most `most` lines that each fit
    /// `width` columns at `scale`; nil when it cannot be.
    public static func lines(_ text: String, scale: Int, width: Int, most: Int) -> [String]? {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let joined = current.isEmpty ? word : current + " " + word
            guard let columns = Self.width(of: joined, scale: scale) else { return nil }
            if columns <= width {
                current = joined
                continue
            }
            guard !current.isEmpty, let alone = Self.width(of: word, scale: scale), alone <= width else {
                return nil
            }
            lines.append(current)
            current = word
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty || lines.count > most ? nil : lines
    }
}
