import CNcurses
import LadderCore

/// The theme turned into ncurses terms: a colour pair and attributes per role.
struct Palette {
    /// The attributes and pair to draw one role with.
    struct Ink {
        var attributes: attr_t
        var pair: Int32
    }

    private var inks: [Role: Ink] = [:]

    /// Builds the palette for `theme`, defining one colour pair per role; with
    /// no colour, roles get the theme's mono attributes.
    init(theme: Theme, capacity: ColorCapacity, colors: Int) {
        guard capacity != .none else {
            for role in Role.allCases {
                inks[role] = Ink(attributes: Self.attributes(theme.monoAttributes(role)), pair: 0)
            }
            return
        }
        let numbers = TerminalColors(theme: theme, capacity: capacity, colors: colors)
        let surface = theme.style(.surface)
        let surfaceBackground = numbers.number(for: surface.background)
        // Roles that look alike share a pair, so the terminal is not sent
        // colour changes that change nothing.
        var pairs: [PairKey: Int32] = [:]
        // The surface's colours become pair 0, the terminal's own: ncurses
        // leaves the terminal in pair 0 between frames, so the page's text
        // and the blanks a scroll or an erase brings in need no colour
        // changes at all (back-colour erase paints them).
        let surfaceKey = PairKey(
            foreground: numbers.number(for: surface.foreground), background: surfaceBackground)
        assume_default_colors(surfaceKey.foreground, surfaceKey.background)
        pairs[surfaceKey] = 0
        for role in Role.allCases {
            let style = theme.style(role)
            var foreground = numbers.number(for: style.foreground)
            let background = numbers.number(for: style.background)
            var attributes = style.attributes
            if foreground == background && foreground != -1 { foreground = -1 }
            if role != .surface, style.background != surface.background, background == surfaceBackground {
                // The terminal cannot show this role's own background: mark it another way.
                attributes.formUnion([.reverse, .bold])
            }
            let key = PairKey(foreground: foreground, background: background)
            let pair = pairs[key] ?? Int32(pairs.count)
            if pairs[key] == nil {
                pairs[key] = pair
                init_extended_pair(pair, foreground, background)
            }
            inks[role] = Ink(attributes: Self.attributes(attributes), pair: pair)
        }
    }

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// The ink for `role` with `extra` attributes added.
    func ink(_ role: Role, extra: TextAttributes) -> Ink {
        var ink = inks[role] ?? Ink(attributes: cn_a_normal(), pair: 0)
        if !extra.isEmpty { ink.attributes |= Self.attributes(extra) }
        return ink
    }

    static func attributes(_ attributes: TextAttributes) -> attr_t {
        var bits = cn_a_normal()
        if attributes.contains(.bold) { bits |= cn_a_bold() }
        if attributes.contains(.dim) { bits |= cn_a_dim() }
        if attributes.contains(.italic) { bits |= cn_a_italic() }
        if attributes.contains(.underline) { bits |= cn_a_underline() }
        if attributes.contains(.reverse) { bits |= cn_a_reverse() }
        return bits
    }
}
