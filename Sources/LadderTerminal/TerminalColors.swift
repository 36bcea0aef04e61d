import LadderCore

/// Theme colours as the colour numbers a terminal with a given number of
/// colours understands.
enum TerminalColors {
    /// The ncurses colour number for `color`; -1 is the terminal's default.
    static func number(for color: ThemeColor, colors: Int) -> Int32 {
        switch color {
        case .terminalDefault: return -1
        case .indexed(let index): return Int(index) < colors ? Int32(index) : -1
        case .rgb(let red, let green, let blue):
            guard colors >= 256 else { return -1 }
            func level(_ value: UInt8) -> Int32 { Int32((Int(value) * 5 + 127) / 255) }
            return 16 + 36 * level(red) + 6 * level(green) + level(blue)
        }
    }
}
