/// How much colour to draw.
public enum ColorMode: Equatable, Sendable {
    /// Colour as far as the terminal allows.
    case automatic
    /// No colour at all (`NO_COLOR`, `--no-color`): attributes and symbols only.
    case none
}
