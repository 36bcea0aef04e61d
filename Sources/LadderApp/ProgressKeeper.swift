import FoundationEssentials
import LadderCore

/// Loads progress once at start and saves it when it changed; a damaged file
/// is moved aside (never silently overwritten) and reported.
public struct ProgressKeeper {
    let store: ProgressStore
    /// The progress file as loaded (and saved since).
    public private(set) var file: ProgressFile
    /// What was wrong with the file at start, if anything.
    public private(set) var warning: String?

    /// Loads the progress kept in `folder`.
    public init(folder: URL) {
        store = ProgressStore(folder: folder)
        do {
            file = try store.load()
        } catch {
            file = ProgressFile()
            warning = "\(error.description) (\(DamagedFile.moveAside(store.url)))"
        }
    }

    /// The saved place in the module `key`.
    public func progress(for key: String) -> ReadingProgress? { file.modules[key] }

    /// Records `progress` for `key` and writes the file if anything changed.
    mutating func record(_ progress: ReadingProgress, for key: String)
        throws(InputError)
    {
        var next = file
        next.modules[key] = progress
        next.lastModule = key
        guard next != file else { return }
        try store.save(next)
        file = next
    }

    /// Remembers the theme chosen last.
    mutating func recordTheme(_ name: String) throws(InputError) {
        guard file.theme != name else { return }
        var next = file
        next.theme = name
        try store.save(next)
        file = next
    }
}
