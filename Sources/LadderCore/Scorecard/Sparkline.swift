/// A one-line chart of gauge values, drawn with the eight block glyphs.
public enum Sparkline {
    /// The glyphs from lowest to highest.
    public static let glyphs: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The last `width` values as glyphs, one per value, on a fixed 0...100
    /// scale cut into eight equal bands (0..<12.5 is "▁", 87.5...100 is "█").
    /// Values outside the scale are clamped, ones that are not finite draw
    /// as "▁"; fewer values than `width` give a shorter line; a width of 0
    /// or less gives "".
    public static func render(_ values: [Double], width: Int) -> String {
        guard width > 0 else { return "" }
        return String(values.suffix(width).map(glyph))
    }

    /// The glyph for one value.
    public static func glyph(_ value: Double) -> Character {
        guard value.isFinite else { return glyphs[0] }
        let clamped = min(100, max(0, value))
        let index = min(glyphs.count - 1, Int((clamped * Double(glyphs.count) / 100).rounded(.down)))
        return glyphs[index]
    }
}
