import Foundation

/// A state file that could not be read is moved aside, never overwritten,
/// so the user can look at it or restore it.
enum DamagedFile {
    /// Renames `url` to `NAME.damaged` (replacing an older one) and returns
    /// a sentence saying so.
    static func moveAside(_ url: URL) -> String {
        let aside = url.appendingPathExtension("damaged")
        try? FileManager.default.removeItem(at: aside)
        do {
            try FileManager.default.moveItem(at: url, to: aside)
            return "kept as \(aside.lastPathComponent); starting afresh"
        } catch {
            return "starting afresh"
        }
    }

    /// Whether files can be written in `folder`; a sentence when they cannot.
    static func writeProblem(in folder: URL) -> String? {
        let probe = folder.appendingPathComponent(".ladder-write-check")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data().write(to: probe)
            try FileManager.default.removeItem(at: probe)
            return nil
        } catch {
            return "progress cannot be saved in \(folder.path): the folder is not writable"
        }
    }
}
