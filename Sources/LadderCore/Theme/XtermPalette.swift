/// The default RGB values of xterm's 256 indexed colours: the sixteen ANSI
/// colours, the 6×6×6 colour cube (16–231) and the grey ramp (232–255).
public enum XtermPalette {
    /// xterm's default values for the sixteen ANSI colours, 0 to 15.
    public static let ansi: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]

    /// The six channel levels of the colour cube.
    public static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The xterm default RGB value of `index`.
    public static func rgb(_ index: UInt8) -> RGB {
        switch index {
        case 0...15:
            return ansi[Int(index)]
        case 16...231:
            let offset = Int(index) - 16
            return RGB(cubeLevels[offset / 36], cubeLevels[(offset / 6) % 6], cubeLevels[offset % 6])
        default:
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return RGB(level, level, level)
        }
    }
}
