/// One theme file as written: its declarations with the lines they are on,
/// before `inherits` and palette names are resolved.
public struct ThemeFile: Equatable, Sendable {
    /// The theme's name: the file's name without `.theme`.
    public var name: String
    /// The file as errors name it.
    public var file: String
    /// The top-level `description`, sanitised.
    public var description: ThemeLine<String>?
    /// The top-level `inherits`: the parent theme's name.
    public var inherits: ThemeLine<String>?
    /// The `[palette]` section: named colours.
    public var palette: [String: ThemeLine<ColorSpec>]
    /// The `[roles]` section: a style per role.
    public var roles: [Role: ThemeLine<StyleSpec>]
    /// The `[mono]` section: attributes per role when colour is off.
    public var mono: [Role: ThemeLine<TextAttributes>]

    /// Creates an empty theme file.
    public init(name: String, file: String) {
        self.name = name
        self.file = file
        self.palette = [:]
        self.roles = [:]
        self.mono = [:]
    }
}

/// A value from a theme file and the 1-based line it was on.
public struct ThemeLine<Value: Equatable & Sendable>: Equatable, Sendable {
    /// The value.
    public var value: Value
    /// The line it was on.
    public var line: Int

    /// Creates a located value.
    public init(_ value: Value, line: Int) {
        self.value = value
        self.line = line
    }
}

/// A colour as a theme file states it: a colour, or a palette name to look up.
public enum ColorSpec: Equatable, Sendable {
    /// A colour given directly.
    case color(ThemeColor)
    /// A name from `[palette]`, here or in a parent theme.
    case palette(String)
}

/// A role's style as written: colours that may be left out, and attributes.
public struct StyleSpec: Equatable, Sendable {
    /// The foreground, if stated.
    public var foreground: ColorSpec?
    /// The background (after `on`), if stated.
    public var background: ColorSpec?
    /// The attributes.
    public var attributes: TextAttributes

    /// Creates a style as written.
    public init(
        foreground: ColorSpec? = nil, background: ColorSpec? = nil, attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
