import Glibc

/// A number written with a fixed count of decimals, rounded as C's `printf`
/// rounds (`%.2f`): `3.14159` with 2 is `3.14`. No grouping, no locale.
public enum FixedDecimal {
    /// `value` with `places` digits after the point (0 to 17).
    public static func text(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        let places = min(max(places, 0), 17)
        var buffer = [CChar](repeating: 0, count: 350)
        let written = withVaList([value]) { arguments in
            vsnprintf(&buffer, buffer.count, "%.\(places)f", arguments)
        }
        guard written > 0 else { return "" }
        return String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
