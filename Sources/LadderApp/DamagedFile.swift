import FoundationEssentials
import Glibc

/// A state file that could not be read is moved aside, never overwritten,
/// so the user can look at it or restore it.
public enum DamagedFile {
    /// Renames `url` to `NAME.damaged-YYYYMMDDTHHMMSSZ` (a counter is added
    /// when that name is taken, so no older copy is ever replaced) and
    /// returns a sentence saying so.
    public static func moveAside(_ url: URL, at date: Date = Date()) -> String {
        let stamp = date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
            .replacingAll(":", with: "").replacingAll("-", with: "")
        let base = url.lastPathComponent + ".damaged-" + stamp
        let folder = url.deletingLastPathComponent()
        for attempt in 0..<1000 {
            let name = attempt == 0 ? base : "\(base)-\(attempt)"
            let aside = folder.appendingPathComponent(name)
            // link() fails rather than replacing an existing name.
            guard link(url.path, aside.path) == 0 else {
                if errno == EEXIST { continue }
                break
            }
            unlink(url.path)
            return "kept as \(name); starting afresh"
        }
        return "it could not be moved aside; starting afresh"
    }

    /// Whether files can be written in `folder`; a sentence when they cannot.
    public static func writeProblem(in folder: URL) -> String? {
        let probe = folder.appendingPathComponent(".ladder-write-check")
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data().write(to: probe)
            try FileManager.default.removeItem(at: probe)
            return nil
        } catch {
            return "progress cannot be saved in \(folder.path): the folder is not writable"
        }
    }
}
