import FoundationEssentials
import Glibc

/// Writes a room's files so that a dropped connection, a kill or a power
/// cut leaves the old content or the new, never a torn file, and a file
/// that is renamed into place stays there: write a temporary file in the
/// same folder with the final permissions, flush it, rename it over the
/// target, then flush the folder so the rename itself is on disk.
public enum DurableFile {
    /// Permissions of a participant's results: the owner writes, the group
    /// (the facilitator) reads, nobody else anything.
    public static let resultsMode: mode_t = 0o640
    /// Permissions of the facilitator's files (settings, control, deck).
    public static let roomMode: mode_t = 0o644

    /// Replaces the file at `url` with `data`, created with `mode` whatever the umask.
    public static func write(_ data: Data, to url: URL, mode: mode_t) throws(InputError) {
        let temporary = try temporaryCopy(of: data, beside: url, mode: mode)
        guard rename(temporary.path, url.path) == 0 else {
            let reason = lastError()
            unlink(temporary.path)
            throw InputError(file: url.path, "cannot write the file (\(reason))", kind: .ioFailure)
        }
        DiskWrite.syncFolder(url.deletingLastPathComponent())
    }

    /// Creates the file at `url` with `data` only if no file is there;
    /// returns false when one already is. Two processes claiming the same
    /// name at once cannot both succeed, and a kill at any moment leaves
    /// the whole file or none: the data is written and flushed under a
    /// temporary name, then linked to `url`, which fails if `url` exists.
    public static func create(_ data: Data, at url: URL, mode: mode_t) throws(InputError) -> Bool {
        let temporary = try temporaryCopy(of: data, beside: url, mode: mode)
        defer { unlink(temporary.path) }
        guard link(temporary.path, url.path) == 0 else {
            if errno == EEXIST { return false }
            throw InputError(file: url.path, "cannot create the file (\(lastError()))", kind: .ioFailure)
        }
        DiskWrite.syncFolder(url.deletingLastPathComponent())
        return true
    }

    /// `data` written and flushed to a fresh temporary file beside `url`,
    /// named `.NAME.rRANDOM.PID.tmp` so that one left by a killed writer
    /// is known for stale (`AtomicFile.removeStaleTemporaries`).
    private static func temporaryCopy(of data: Data, beside url: URL, mode: mode_t) throws(InputError) -> URL
    {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).r\(UInt32.random(in: 0...UInt32.max)).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw InputError(file: url.path, "cannot write here (\(lastError()))", kind: .ioFailure)
        }
        fchmod(descriptor, mode)
        let written = DiskWrite.all(data, to: descriptor)
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written, synced else {
            let reason = lastError()
            unlink(temporary.path)
            throw InputError(file: url.path, "cannot write the file (\(reason))", kind: .ioFailure)
        }
        return temporary
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
