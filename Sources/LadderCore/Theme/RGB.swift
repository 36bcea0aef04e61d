/// A concrete sRGB colour, eight bits a channel.
public struct RGB: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Red.
    public var red: UInt8
    /// Green.
    public var green: UInt8
    /// Blue.
    public var blue: UInt8

    /// Creates a colour from its three channels.
    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// The colour as `#rrggbb`.
    public var description: String {
        "#" + [red, green, blue].map { hex2($0) }.joined()
    }

    private func hex2(_ value: UInt8) -> String {
        let digits = String(value, radix: 16)
        return value < 16 ? "0" + digits : digits
    }
}

extension ThemeColor {
    /// The colour this most likely is on screen: the value itself for `.rgb`,
    /// the xterm default for `.indexed`, nil for the terminal's default.
    public var rgbValue: RGB? {
        switch self {
        case .terminalDefault: nil
        case .indexed(let index): XtermPalette.rgb(index)
        case .rgb(let red, let green, let blue): RGB(red, green, blue)
        }
    }

    /// True when the user's terminal decides what this colour looks like:
    /// the default colours and the sixteen ANSI indexes 0–15.
    public var followsTerminalPalette: Bool {
        switch self {
        case .terminalDefault: true
        case .indexed(let index): index < 16
        case .rgb: false
        }
    }
}
