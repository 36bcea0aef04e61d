/// The fixed words of the theme file format: colour names, attributes and
/// the section and key names.
enum ThemeWords {
    /// The sixteen ANSI colour names (and grey aliases) with their indexes.
    static let ansiColors: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6,
        "white": 7, "bright-black": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
        "grey": 8, "gray": 8,
    ]

    /// Attribute words in the order the documentation lists them.
    static let attributes: [(word: String, value: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline),
        ("reverse", .reverse),
    ]

    /// The attribute named `word`, if it is one.
    static func attribute(_ word: String) -> TextAttributes? {
        attributes.first { $0.word == word }?.value
    }

    /// The attribute words joined for messages.
    static var attributeList: String { attributes.map(\.word).joined(separator: ", ") }

    /// Words that cannot name a palette colour.
    static func isReserved(_ word: String) -> Bool {
        ansiColors[word] != nil || attribute(word) != nil || ["default", "on", "none"].contains(word)
    }

    /// True when `word` can name a palette colour: a lowercase letter, then
    /// letters, digits, `-` or `_`.
    static func isPaletteName(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return word.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }

    /// Every role key, for messages.
    static var roleList: String { Role.allCases.map(\.themeKey).joined(separator: ", ") }

    /// The role whose theme key is `key`.
    static func role(_ key: String) -> Role? {
        roleByKey[key]
    }

    private static let roleByKey: [String: Role] = Dictionary(
        uniqueKeysWithValues: Role.allCases.map { ($0.themeKey, $0) })

    /// `text` cleaned and cut short, in quotes, for an error message.
    static func quoted(_ text: String) -> String {
        let clean = Sanitizer.clean(text)
        let short = clean.count > 40 ? String(clean.prefix(40)) + "…" : clean
        return "'\(short)'"
    }
}
