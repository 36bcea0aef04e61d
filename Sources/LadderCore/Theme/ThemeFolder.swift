import FoundationEssentials

/// Reads the `.theme` files of a folder, such as `~/.config/ladder/themes`.
enum ThemeFolder {
    /// The largest theme file read; anything bigger is surely not a theme.
    static let sizeLimit = 256 * 1024

    /// The themes in `folder` as (name, file label, text), with a warning for
    /// each file that could not be read. A missing folder is not a problem.
    static func read(_ folder: URL) -> (files: [ThemeText], warnings: [String]) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: folder.path) else { return ([], []) }
        let entries: [String]
        do {
            entries = try manager.contentsOfDirectory(atPath: folder.path)
        } catch {
            return ([], ["\(folder.path): cannot list the theme folder"])
        }
        var files: [ThemeText] = []
        var warnings: [String] = []
        for entry in entries.sorted() where entry.hasSuffix(".theme") && !entry.hasPrefix(".") {
            let url = folder.appendingPathComponent(entry)
            switch readTheme(url) {
            case .success(let text):
                files.append(
                    ThemeText(name: String(entry.dropLast(".theme".count)), file: url.path, text: text))
            case .failure(let error): warnings.append(error.description)
            }
        }
        return (files, warnings)
    }

    /// The text of one theme file, or why it cannot be used.
    static func readTheme(_ url: URL) -> Result<String, InputError> {
        let stem = url.deletingPathExtension().lastPathComponent
        guard isThemeName(stem) else {
            return .failure(
                InputError(
                    file: Sanitizer.clean(url.path),
                    "a theme's file name must be a plain name without spaces, such as my-theme.theme"))
        }
        do throws(InputError) {
            let what = "a theme file"
            let data = try InputFile.data(at: url, expecting: what, maximumSize: sizeLimit)
            return .success(try InputFile.text(data, file: url.path, expecting: what))
        } catch {
            return .failure(error)
        }
    }

    /// True when `name` can name a theme: not empty, no blanks, nothing the
    /// sanitiser would remove.
    static func isThemeName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && Sanitizer.clean(name) == name
            && !name.contains { $0.isWhitespace || $0 == "/" }
    }
}
