/// The text files built into the binary from `Themes/` and `Content/`.
public enum ShippedContent {
    /// The text of a shipped file such as `content/module.md` or
    /// `themes/dark.theme`, or nil when there is none by that name.
    public static func file(_ name: String) -> String? { EmbeddedFiles.all[name] }

    /// The names of the shipped files under `folder` (such as `themes`), sorted.
    public static func names(in folder: String) -> [String] {
        EmbeddedFiles.all.keys.filter { $0.hasPrefix(folder + "/") }.sorted()
    }
}
