import FoundationEssentials

/// Where ladder keeps its state and finds user files, worked out from the
/// environment handed in (never read from globals), so tests can point it
/// anywhere.
public struct StateLocation: Equatable, Sendable {
    /// The folder holding progress, results and history.
    public var stateFolder: URL
    /// The folder holding the user's configuration, such as `themes/`.
    public var configFolder: URL

    /// Creates a location from explicit folders.
    public init(stateFolder: URL, configFolder: URL) {
        self.stateFolder = stateFolder
        self.configFolder = configFolder
    }

    /// Resolves `$XDG_STATE_HOME/ladder` (default `~/.local/state/ladder`) and
    /// `$XDG_CONFIG_HOME/ladder` (default `~/.config/ladder`); `override`
    /// replaces the state folder, as `--state-dir` does.
    public init(environment: [String: String], override: String? = nil) {
        let home = URL(
            fileURLWithPath: environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path)
        func base(_ key: String, _ fallback: String) -> URL {
            if let value = environment[key], value.hasPrefix("/") {
                return URL(fileURLWithPath: value)
            }
            return home.appendingPathComponent(fallback)
        }
        if let override {
            stateFolder = URL(fileURLWithPath: override)
        } else {
            stateFolder = base("XDG_STATE_HOME", ".local/state").appendingPathComponent("ladder")
        }
        configFolder = base("XDG_CONFIG_HOME", ".config").appendingPathComponent("ladder")
    }

    /// A file inside the state folder.
    public func stateFile(_ name: String) -> URL { stateFolder.appendingPathComponent(name) }
}
