/// What a piece of the screen means. Widgets ask for a role; a theme says how
/// each role looks. No widget ever names a colour.
public enum Role: String, CaseIterable, Sendable, Hashable, Codable {
    /// Body text.
    case text
    /// Secondary text: hints, metadata, counts.
    case muted
    /// A screen or module title.
    case title
    /// A section heading inside text.
    case heading
    /// Something to notice: the selected key, a link, a marker.
    case accent
    /// Frames and rules.
    case border
    /// The screen's background.
    case surface
    /// The selected row of a list.
    case selection
    /// A search match.
    case match
    /// Emphasised text.
    case emphasis
    /// Strong text.
    case strong
    /// Inline code.
    case code
    /// Quotes and reflection prompts.
    case quote
    /// The "feels productive" pile.
    case productive
    /// The "advances you" pile.
    case advances
    /// A gauge's unfilled track.
    case gaugeTrack
    /// A gauge in its low band.
    case gaugeLow
    /// A gauge in its middle band.
    case gaugeMid
    /// A gauge in its high band.
    case gaugeHigh
    /// Something that just changed and deserves a glance.
    case changed
    /// A warning.
    case warning
    /// An error.
    case error
    /// Success, completion, a tick.
    case success
    /// The status bar.
    case statusBar
    /// A key name inside the status bar.
    case statusKey
    /// The surface of an overlay such as help.
    case overlay

    /// The key that names this role in a theme file, such as `status-bar`.
    public var themeKey: String {
        var key = ""
        for character in rawValue {
            if character.isUppercase {
                key += "-" + character.lowercased()
            } else {
                key.append(character)
            }
        }
        return key
    }
}
