/// How many colours a terminal can show, from none to truecolour.
public enum ColorCapacity: Int, Comparable, CaseIterable, Sendable {
    /// No colour at all: attributes only.
    case none
    /// The eight basic ANSI colours.
    case eight
    /// The sixteen ANSI colours.
    case sixteen
    /// The xterm 256-colour palette.
    case indexed256
    /// Any RGB value (256 colours or more, and colours can be redefined).
    case truecolor

    /// The capacity of a terminal that reports `colors` colours and whether it
    /// can redefine them (ncurses `COLORS` and `can_change_color()`).
    public init(colors: Int, canRedefine: Bool) {
        switch colors {
        case 256... where canRedefine: self = .truecolor
        case 256...: self = .indexed256
        case 16...: self = .sixteen
        case 8...: self = .eight
        default: self = .none
        }
    }

    /// Orders capacities from fewest colours to most.
    public static func < (lhs: ColorCapacity, rhs: ColorCapacity) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
