import FoundationEssentials

/// Where the configuration file lives and how it is read and changed:
/// `$XDG_CONFIG_HOME/ladder/config` (by default `~/.config/ladder/config`).
public struct ConfigStore: Sendable {
    /// The file.
    public let url: URL
    /// The largest configuration file read.
    static let maximumSize = 1 << 20

    /// The configuration file of `location`.
    public init(location: StateLocation) {
        url = location.configFolder.appendingPathComponent("config")
    }

    /// The file's settings. No file is an empty configuration; a file that
    /// cannot be read is one problem, and ladder starts with the defaults.
    public func load() -> ConfigFile {
        do {
            return ConfigParser.parse(text: try text() ?? "", file: url.path)
        } catch {
            var empty = ConfigFile(file: url.path)
            empty.problems.append(error)
            return empty
        }
    }

    /// The file's text, nil when there is no file.
    func text() throws(InputError) -> String? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data = try InputFile.data(
            at: url, expecting: "ladder's configuration file", maximumSize: Self.maximumSize)
        return try InputFile.text(data, file: url.path, expecting: "ladder's configuration file")
    }

    /// Sets `key` to `value` in the file (made, with its folder, when
    /// missing) and writes it atomically; every other line stays as it was.
    /// Returns the file as it now reads.
    @discardableResult
    public func set(_ key: String, to value: String, inKeys: Bool) throws(InputError) -> ConfigFile {
        let edited = ConfigEditor.set(key, to: value, inKeys: inKeys, in: try text() ?? "")
        try AtomicFile.write(Data(edited.utf8), to: url, access: .umask)
        return ConfigParser.parse(text: edited, file: url.path)
    }
}
