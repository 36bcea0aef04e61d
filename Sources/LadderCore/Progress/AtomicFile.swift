import Foundation

/// Writes files so that a kill at any moment leaves either the old content or
/// the new, never a torn file: write a sibling temporary file, flush it to
/// disk, then rename it over the target.
public enum AtomicFile {
    /// Replaces the file at `url` with `data`, creating parent folders.
    public static func write(_ data: Data, to url: URL) throws(InputError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw InputError(file: folder.path, "cannot create the folder", kind: .ioFailure)
        }
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw InputError(
                file: url.path, "cannot write here (\(String(cString: strerror(errno))))", kind: .ioFailure)
        }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return false }
                let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written, synced, rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            throw InputError(file: url.path, "cannot write the file", kind: .ioFailure)
        }
    }

    /// The file's data, nil when it does not exist.
    public static func read(_ url: URL) throws(InputError) -> Data? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputError(file: url.path, "cannot read the file", kind: .noInput)
        }
        return data
    }
}
