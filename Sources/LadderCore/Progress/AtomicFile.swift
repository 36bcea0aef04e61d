import FoundationEssentials
import Glibc

/// Writes files so that a kill at any moment leaves either the old content or
/// the new, never a torn file: write a sibling temporary file, flush it to
/// disk, rename it over the target, then flush the folder so the rename
/// itself survives a power cut.
public enum AtomicFile {
    /// Who may read a file that is written.
    public enum Access: Sendable {
        /// The owner alone (0600): state and results.
        case owner
        /// The owner writes, the group reads (0640): a workshop room's files.
        case group
        /// What the user's umask allows (0666 less the umask): exports the
        /// user asked for by name.
        case umask

        /// The exact mode to set, or nil to let the umask decide.
        var exactMode: mode_t? {
            switch self {
            case .owner: 0o600
            case .group: 0o640
            case .umask: nil
            }
        }
    }

    /// Replaces the file at `url` with `data`, creating parent folders
    /// (owner-only, 0700). The file gets exactly `access`, whatever it had
    /// before. A symbolic link is followed: its target is replaced, the link
    /// stays a link.
    public static func write(_ data: Data, to link: URL, access: Access = .owner) throws(InputError) {
        let url = link.resolvingSymlinksInPath()
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw InputError(file: folder.path, "cannot create the folder", kind: .ioFailure)
        }
        let temporary = folder.appendingPathComponent(temporaryName(for: url.lastPathComponent))
        unlink(temporary.path)
        let descriptor = open(
            temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, access.exactMode ?? 0o666)
        guard descriptor >= 0 else {
            throw InputError(
                file: url.path, "cannot write here (\(String(cString: strerror(errno))))", kind: .ioFailure)
        }
        // The umask may have narrowed the mode; say it exactly.
        let moded = access.exactMode.map { fchmod(descriptor, $0) == 0 } ?? true
        let written = DiskWrite.all(data, to: descriptor)
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard moded, written, synced, rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            throw InputError(file: url.path, "cannot write the file", kind: .ioFailure)
        }
        DiskWrite.syncFolder(folder)
    }

    /// The file's data, nil when it does not exist.
    public static func read(_ url: URL) throws(InputError) -> Data? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputError(file: url.path, "cannot read the file", kind: .noInput)
        }
        return data
    }

    /// Removes temporary files in `folder` left by writers that died before
    /// they could rename them (their process no longer exists). Returns how
    /// many were removed.
    @discardableResult
    public static func removeStaleTemporaries(in folder: URL) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return 0 }
        var removed = 0
        for name in names {
            guard let pid = writerProcess(ofTemporary: name), !isAlive(pid) else { continue }
            if unlink(folder.appendingPathComponent(name).path) == 0 { removed += 1 }
        }
        return removed
    }

    /// `.NAME.PID.tmp`: hidden, beside the target, named for the writer.
    static func temporaryName(for name: String) -> String {
        ".\(name).\(getpid()).tmp"
    }

    /// The writer's process id if `name` is one of our temporary files.
    static func writerProcess(ofTemporary name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, let last = parts.last, let pid = pid_t(last), pid > 0 else { return nil }
        return pid
    }

    private static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

}
