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

    /// Builds the palette for `theme`; defines colour pairs when `colors` > 0.
    init(theme: Theme, colors: Int, usesColor: Bool) {
        let surface = theme.style(.surface)
        for (index, role) in Role.allCases.enumerated() {
            if usesColor {
                let style = theme.style(role)
                let background =
                    style.background == .terminalDefault ? surface.background : style.background
                let foreground =
                    style.foreground == .terminalDefault ? surface.foreground : style.foreground
                let pair = Int32(index + 1)
                init_extended_pair(
                    pair, TerminalColors.number(for: foreground, colors: colors),
                    TerminalColors.number(for: background, colors: colors))
                inks[role] = Ink(attributes: Self.attributes(style.attributes), pair: pair)
            } else {
                inks[role] = Ink(attributes: Self.attributes(theme.monoAttributes(role)), pair: 0)
            }
        }
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
