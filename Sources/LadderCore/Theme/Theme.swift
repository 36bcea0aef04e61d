/// A complete look: a style for every role in colour, and the attributes to
/// use for every role when colour is off.
public struct Theme: Equatable, Sendable {
    /// The theme's name, as `--theme` and the status bar say it.
    public var name: String
    /// A one-line description for `ladder themes`.
    public var summary: String
    /// The style of each role when colour is on.
    public var styles: [Role: RoleStyle]
    /// The attributes of each role when colour is off (the mono section).
    public var mono: [Role: TextAttributes]

    /// Creates a theme.
    public init(
        name: String, summary: String = "", styles: [Role: RoleStyle],
        mono: [Role: TextAttributes]
    ) {
        self.name = name
        self.summary = summary
        self.styles = styles
        self.mono = mono
    }

    /// The style of `role`, falling back to body text.
    public func style(_ role: Role) -> RoleStyle {
        styles[role] ?? styles[.text] ?? RoleStyle()
    }

    /// The attributes of `role` with colour off.
    public func monoAttributes(_ role: Role) -> TextAttributes {
        mono[role] ?? Theme.monoDefaults[role] ?? []
    }

    /// Mono attributes that keep every screen readable with no colour at all.
    public static let monoDefaults: [Role: TextAttributes] = [
        .title: [.bold], .heading: [.bold, .underline], .accent: [.bold],
        .selection: [.reverse], .match: [.reverse, .underline], .emphasis: [.italic],
        .strong: [.bold], .muted: [.dim], .statusBar: [.reverse], .statusKey: [.reverse, .bold],
        .productive: [], .advances: [.bold], .gaugeHigh: [.bold], .changed: [.bold, .underline],
        .warning: [.bold], .error: [.bold, .underline], .success: [.bold], .quote: [.italic],
    ]

    /// A theme that uses the terminal's own colours and attributes only.
    public static let plain = Theme(
        name: "plain", summary: "The terminal's own colours, attributes only.",
        styles: Dictionary(
            uniqueKeysWithValues: Role.allCases.map {
                ($0, RoleStyle(attributes: monoDefaults[$0] ?? []))
            }),
        mono: monoDefaults)
}
