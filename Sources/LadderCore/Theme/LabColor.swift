import FoundationEssentials
import Glibc

/// A colour in CIE L*a*b* (D65), where straight-line distance roughly follows
/// how different two colours look (CIE76 ΔE).
public struct LabColor: Equatable, Sendable {
    /// Lightness, 0 (black) to 100 (white).
    public var lightness: Double
    /// Green (negative) to red (positive).
    public var a: Double
    /// Blue (negative) to yellow (positive).
    public var b: Double

    /// Converts an sRGB colour.
    public init(_ color: RGB) {
        let red = LabColor.linear(color.red)
        let green = LabColor.linear(color.green)
        let blue = LabColor.linear(color.blue)
        let x = (0.4124 * red + 0.3576 * green + 0.1805 * blue) / 0.95047
        let y = 0.2126 * red + 0.7152 * green + 0.0722 * blue
        let z = (0.0193 * red + 0.1192 * green + 0.9505 * blue) / 1.08883
        let fx = LabColor.pivot(x)
        let fy = LabColor.pivot(y)
        let fz = LabColor.pivot(z)
        lightness = 116 * fy - 16
        a = 500 * (fx - fy)
        b = 200 * (fy - fz)
    }

    /// The squared CIE76 distance to `other`.
    public func squaredDistance(to other: LabColor) -> Double {
        let dl = lightness - other.lightness
        let da = a - other.a
        let db = b - other.b
        return dl * dl + da * da + db * db
    }

    /// An sRGB channel as linear light, 0 to 1.
    static func linear(_ channel: UInt8) -> Double {
        let value = Double(channel) / 255
        return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }

    private static func pivot(_ value: Double) -> Double {
        value > 216.0 / 24389.0 ? cbrt(value) : (24389.0 / 27.0 * value + 16) / 116
    }
}
