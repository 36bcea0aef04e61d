/// A colour as a theme file states it.
public enum ThemeColor: Equatable, Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 256 indexed colours; 0 to 15 follow the user's palette.
    case indexed(UInt8)
    /// A truecolour value.
    case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes a role may carry, with or without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    /// The raw bits.
    public let rawValue: UInt8
    /// Creates attributes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Dim.
    public static let dim = TextAttributes(rawValue: 1 << 1)
    /// Italic.
    public static let italic = TextAttributes(rawValue: 1 << 2)
    /// Underline.
    public static let underline = TextAttributes(rawValue: 1 << 3)
    /// Reverse video.
    public static let reverse = TextAttributes(rawValue: 1 << 4)
}

/// How one role looks: colours and attributes.
public struct RoleStyle: Equatable, Hashable, Sendable {
    /// The foreground colour.
    public var foreground: ThemeColor
    /// The background colour.
    public var background: ThemeColor
    /// The attributes.
    public var attributes: TextAttributes

    /// Creates a style.
    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
