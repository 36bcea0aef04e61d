/// The settings a configuration file may hold at its top, with the words
/// each takes. `ladder config set` and the parser read the same values.
public enum ConfigSetting: String, CaseIterable, Sendable {
    case theme
    case mouse
    case width
    case reducedMotion = "reduced-motion"
    case color
    case cursor
    case keys

    /// What the setting takes, for messages and `ladder config --print`.
    public var expected: String {
        switch self {
        case .theme: "a theme name (see `ladder themes`) or a .theme file"
        case .mouse, .reducedMotion, .color, .cursor: "on or off"
        case .width: "a number of columns from \(Self.widths.lowerBound) to \(Self.widths.upperBound)"
        case .keys: KeyPresetName.allCases.map(\.rawValue).joined(separator: ", ")
        }
    }

    /// The reading widths a file may ask for.
    public static let widths = 20...500

    /// Checks `value` for this setting; nil when it is not one it takes.
    public func check(_ value: String) -> ConfigValue? {
        switch self {
        case .theme:
            let name = Sanitizer.clean(value)
            return name.isEmpty || name != value ? nil : .text(name)
        case .mouse, .reducedMotion, .color, .cursor:
            return Self.switchValue(value).map(ConfigValue.flag)
        case .width:
            guard let number = Int(value), Self.widths.contains(number) else { return nil }
            return .number(number)
        case .keys:
            return KeyPresetName(rawValue: value.lowercased()).map(ConfigValue.preset)
        }
    }

    /// `on`/`off` and their usual spellings.
    static func switchValue(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "on", "true", "yes", "1": true
        case "off", "false", "no", "0": false
        default: nil
        }
    }

    /// The settings as a list for messages: `theme, mouse, …`.
    public static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// A setting's value once checked.
public enum ConfigValue: Equatable, Sendable {
    case text(String)
    case flag(Bool)
    case number(Int)
    case preset(KeyPresetName)
}
