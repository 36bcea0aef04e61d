import CNcurses
import LadderCore

/// Theme colours as the colour numbers a terminal understands. RGB values
/// are shown exactly where the terminal can redefine colours, and mapped to
/// the nearest colour it has where it cannot.
struct TerminalColors {
    let capacity: ColorCapacity
    private var defined: [RGB: Int32] = [:]

    /// Prepares colours for `theme` on a terminal of `capacity`; on a
    /// truecolour-capable terminal the theme's RGB values are loaded into the
    /// colour slots above the first 16, leaving the user's palette alone.
    init(theme: Theme, capacity: ColorCapacity, colors: Int) {
        self.capacity = capacity
        guard capacity == .truecolor else { return }
        var next: Int32 = 16
        for role in Role.allCases {
            let style = theme.style(role)
            for color in [style.foreground, style.background] {
                guard case .rgb(let red, let green, let blue) = color else { continue }
                let rgb = RGB(red, green, blue)
                guard defined[rgb] == nil, Int(next) < colors else { continue }
                init_extended_color(
                    next, Int32(red) * 1000 / 255, Int32(green) * 1000 / 255, Int32(blue) * 1000 / 255)
                defined[rgb] = next
                next += 1
            }
        }
    }

    /// The ncurses colour number for `color`; -1 is the terminal's default.
    func number(for color: ThemeColor) -> Int32 {
        if case .rgb(let red, let green, let blue) = color, let slot = defined[RGB(red, green, blue)] {
            return slot
        }
        let effective = capacity == .truecolor ? ColorCapacity.indexed256 : capacity
        switch ColorMapper.map(color, to: effective) {
        case .terminalDefault, .rgb: return -1
        case .indexed(let index): return Int32(index)
        }
    }
}
