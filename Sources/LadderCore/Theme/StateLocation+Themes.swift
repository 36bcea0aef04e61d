import FoundationEssentials

extension StateLocation {
    /// The folder of the user's own themes: `$XDG_CONFIG_HOME/ladder/themes`
    /// (by default `~/.config/ladder/themes`).
    public var themeFolder: URL { configFolder.appendingPathComponent("themes") }
}
