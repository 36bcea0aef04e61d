import FoundationEssentials

/// Loads and saves `progress.json` in the state folder, atomically.
public struct ProgressStore: Sendable {
    /// The file.
    public let url: URL

    /// A store in `folder`.
    public init(folder: URL) {
        url = folder.appendingPathComponent("progress.json")
    }

    /// The saved record; an empty one when there is none yet. A damaged file
    /// is an error naming the file, never a crash.
    public func load() throws(InputError) -> ProgressFile {
        guard let data = try AtomicFile.read(url) else { return ProgressFile() }
        do {
            return try JSONDecoder().decode(ProgressFile.self, from: data)
        } catch {
            throw InputError(file: url.path, "the progress file is damaged; move it away to start afresh")
        }
    }

    /// Saves the record.
    public func save(_ file: ProgressFile) throws(InputError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data: Data
        do {
            data = try encoder.encode(file)
        } catch {
            throw InputError(file: url.path, "cannot encode progress", kind: .ioFailure)
        }
        try AtomicFile.write(data, to: url)
    }
}
