import FoundationEssentials
import Glibc

/// Keeps a second ladder from overwriting the state of the first: the first
/// ladder to open a state folder holds an advisory lock on `ladder.lock`
/// in it for as long as it runs, and any other ladder on the same folder
/// opens read-only and says so. The kernel lets go of the lock when the
/// process ends, however it ends, so a crash never leaves the folder locked.
public final class StateLock: Sendable {
    /// The lock file's name inside the state folder.
    public static let fileName = "ladder.lock"

    private let descriptor: Int32
    private let folder: URL
    /// True when taking the lock created the state folder.
    private let createdFolder: Bool

    private init(descriptor: Int32, folder: URL, createdFolder: Bool) {
        self.descriptor = descriptor
        self.folder = folder
        self.createdFolder = createdFolder
    }

    /// Gives the folder up and leaves no trace of having held it: the lock
    /// file goes, and the folder too when taking the lock made it and it is
    /// still empty (a run that must write nothing, such as a restricted room).
    public func abandon() {
        unlink(folder.appendingPathComponent(Self.fileName).path)
        if createdFolder { rmdir(folder.path) }
    }

    deinit {
        close(descriptor)
    }

    /// What came of trying to take the lock.
    public enum Outcome: Sendable {
        /// This ladder holds the folder: it saves as usual.
        case held(StateLock)
        /// Another ladder holds it (its process id when it wrote one):
        /// this one must not save.
        case busy(holder: Int32?)
        /// The lock file cannot be made (a read-only disk, say): saving
        /// will fail on its own and say so, so the run goes on unlocked.
        case unavailable
    }

    /// Takes the lock on `folder`, creating the folder (owner only) if needed.
    public static func acquire(folder: URL) -> Outcome {
        let existed = FileManager.default.fileExists(atPath: folder.path)
        try? FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let path = folder.appendingPathComponent(fileName).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return .unavailable }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let holder = busy ? Self.holder(descriptor) : nil
            close(descriptor)
            return busy ? .busy(holder: holder) : .unavailable
        }
        let text = Data("\(getpid())\n".utf8)
        if ftruncate(descriptor, 0) == 0 { _ = DiskWrite.all(text, to: descriptor) }
        return .held(StateLock(descriptor: descriptor, folder: folder, createdFolder: !existed))
    }

    /// The process id the holder wrote into the lock file.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 16)
        let count = pread(descriptor, &bytes, bytes.count, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: bytes[0..<count], as: UTF8.self)
        return Int32(text.trimmingWhitespace())
    }

    /// Why a ladder is read-only, said after the folder's name when a
    /// save is skipped.
    public static func busyReason(holder: Int32?) -> String {
        "read-only, \(holderName(holder)) holds it; quit that one first to keep changes"
    }

    /// What a read-only ladder says at start about `folder`.
    public static func readOnlyWarning(folder: URL, holder: Int32?) -> String {
        "Read-only: \(holderName(holder)) is using \(Sanitizer.visible(folder.path)); this one saves nothing "
            + "(quit the other first to keep changes)"
    }

    private static func holderName(_ holder: Int32?) -> String {
        holder.map { "another ladder (process \($0))" } ?? "another ladder"
    }
}
