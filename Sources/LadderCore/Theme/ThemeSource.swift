/// A parsed theme file and where it came from.
struct ThemeSource: Sendable {
    /// Where a theme file was found; a user's theme wins over a shipped one.
    enum Origin: String, Sendable {
        /// Built into the binary from `Themes/`.
        case shipped
        /// The user's theme folder.
        case user
        /// A file named on the command line.
        case file
    }

    /// The parsed file.
    var file: ThemeFile
    /// Where it came from.
    var origin: Origin

    /// The theme's name.
    var name: String { file.name }
    /// Tells sources apart when looking for inheritance loops.
    var key: String { "\(origin.rawValue)/\(name)" }
}

/// A theme file's text before parsing: its theme name and its label in errors.
struct ThemeText: Sendable {
    /// The theme's name.
    var name: String
    /// The file as errors name it.
    var file: String
    /// The file's text; nil for a shipped file, read from the binary when
    /// the theme is first asked for.
    var text: String?
}
