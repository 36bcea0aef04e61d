/// Maps a theme's colours to what a terminal can show.
///
/// - Truecolour keeps everything; 256 colours keep indexes and send RGB to
///   the nearest colour of the cube and grey ramp (16–255), judged in CIE
///   L*a*b*, so the user's own 0–15 are never picked by accident.
/// - 16 and 8 colours keep the indexes they have and map the rest by hue, not
///   by plain distance: the ANSI colours are all fully saturated, so by
///   distance every soft colour would turn grey. A colour with little chroma
///   becomes the grey (black, bright-black, white, bright-white) of the
///   nearest lightness; any other becomes the nearest of the six ANSI hues,
///   bright or not by lightness. Lightness uses xterm's default values.
/// - No colour makes everything the terminal's default; the default stays so.
public enum ColorMapper {
    /// Below this chroma (max − min channel, of 255) a colour counts as grey.
    public static let greyChroma = 48

    /// `color` as a terminal of `capacity` can show it.
    public static func map(_ color: ThemeColor, to capacity: ColorCapacity) -> ThemeColor {
        switch (color, capacity) {
        case (.terminalDefault, _), (_, .none):
            return .terminalDefault
        case (.rgb, .truecolor), (.indexed, .truecolor), (.indexed, .indexed256):
            return color
        case (.rgb(let red, let green, let blue), .indexed256):
            return .indexed(nearest256(to: RGB(red, green, blue)))
        case (.indexed(let index), .sixteen) where index < 16,
            (.indexed(let index), .eight) where index < 8:
            return color
        case (_, .sixteen), (_, .eight):
            guard let rgb = color.rgbValue else { return .terminalDefault }
            return .indexed(nearestANSI(to: rgb, brights: capacity == .sixteen))
        }
    }

    /// The index of the cube or grey-ramp colour (16–255) that looks closest
    /// to `color`.
    public static func nearest256(to color: RGB) -> UInt8 {
        let target = LabColor(color)
        var best: UInt8 = 16
        var bestDistance = Double.infinity
        for index in UInt8(16)...UInt8(255) {
            let distance = target.squaredDistance(to: labPalette[Int(index)])
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }

    /// The ANSI colour (0–15, or 0–7 without `brights`) that keeps `color`'s
    /// hue and comes nearest its lightness.
    public static func nearestANSI(to color: RGB, brights: Bool) -> UInt8 {
        let high = max(color.red, color.green, color.blue)
        let low = min(color.red, color.green, color.blue)
        let lightness = LabColor(color).lightness
        guard Int(high) - Int(low) >= greyChroma else {
            return closest(brights ? [0, 8, 7, 15] : [0, 7], to: lightness)
        }
        let normal = hueColors[Int((hue(of: color) / 60).rounded()) % 6]
        return brights ? closest([normal, normal + 8], to: lightness) : normal
    }

    /// The ANSI indexes of red, yellow, green, cyan, blue and magenta, in hue order.
    private static let hueColors: [UInt8] = [1, 3, 2, 6, 4, 5]

    /// The hue of `color` in degrees, 0 to 360.
    static func hue(of color: RGB) -> Double {
        let red = Double(color.red)
        let green = Double(color.green)
        let blue = Double(color.blue)
        let high = max(red, green, blue)
        let chroma = high - min(red, green, blue)
        guard chroma > 0 else { return 0 }
        let hue: Double
        if high == red {
            hue = (green - blue) / chroma
        } else if high == green {
            hue = (blue - red) / chroma + 2
        } else {
            hue = (red - green) / chroma + 4
        }
        let degrees = hue * 60
        return degrees < 0 ? degrees + 360 : degrees
    }

    private static func closest(_ candidates: [UInt8], to lightness: Double) -> UInt8 {
        var best = candidates.first ?? 0
        var bestGap = Double.infinity
        for index in candidates {
            let gap = abs(labPalette[Int(index)].lightness - lightness)
            if gap < bestGap {
                best = index
                bestGap = gap
            }
        }
        return best
    }

    /// Every xterm colour in L*a*b*, worked out once.
    private static let labPalette: [LabColor] = (0...255).map { LabColor(XtermPalette.rgb(UInt8($0))) }
}
