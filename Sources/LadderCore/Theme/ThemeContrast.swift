/// A role's text colour against the background it is drawn on.
public struct ContrastPair: Equatable, Sendable {
    /// The role.
    public var role: Role
    /// The colour of the text.
    public var foreground: RGB
    /// The colour behind it.
    public var background: RGB

    /// The WCAG contrast ratio of the two.
    public var ratio: Double { Contrast.ratio(foreground, background) }
}

/// Which colours of a theme must read well against each other.
public enum ThemeContrast {
    /// The ratio WCAG AA asks of body text.
    public static let minimum = 4.5

    /// Roles that carry text: every role but `border` (a frame, not text).
    public static let textRoles: [Role] = Role.allCases.filter { $0 != .border }

    /// True when the theme fixes its own text and screen colours rather than
    /// following the terminal's palette, so contrast can be judged.
    public static func isConcrete(_ theme: Theme) -> Bool {
        !theme.style(.text).foreground.followsTerminalPalette
            && !theme.style(.surface).background.followsTerminalPalette
    }

    /// The text roles of `theme` whose two colours are both fixed, each with
    /// its foreground and background (swapped for `reverse`). A resolved
    /// theme has already put `default` backgrounds over the surface.
    public static func pairs(in theme: Theme) -> [ContrastPair] {
        textRoles.compactMap { role in
            let style = theme.style(role)
            guard !style.foreground.followsTerminalPalette, !style.background.followsTerminalPalette,
                let foreground = style.foreground.rgbValue, let background = style.background.rgbValue
            else { return nil }
            if style.attributes.contains(.reverse) {
                return ContrastPair(role: role, foreground: background, background: foreground)
            }
            return ContrastPair(role: role, foreground: foreground, background: background)
        }
    }
}
