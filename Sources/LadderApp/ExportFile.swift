import FoundationEssentials
import Glibc
import LadderCore

/// Files for exports made from inside the app: each export gets a name of its
/// own, and no existing file is ever replaced.
enum ExportFile {
    /// Picks `ladder-KIND-STAMP.md` in `folder` (then `-2`, `-3`... when taken)
    /// and creates it empty, so that a second export in the same second, from
    /// this run or another, takes the next name instead of this one.
    static func reserve(kind: String, at date: Date, in folder: URL) throws(InputError) -> URL {
        let stamp = date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
            .replacingAll(":", with: "")
        let base = "ladder-\(kind)-\(stamp)"
        for attempt in 1...999 {
            let name = attempt == 1 ? base : "\(base)-\(attempt)"
            let url = folder.appendingPathComponent(name + ".md")
            let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor >= 0 {
                close(descriptor)
                return url
            }
            guard errno == EEXIST else {
                throw InputError(
                    file: url.path, "cannot create the export (\(String(cString: strerror(errno))))",
                    kind: .ioFailure)
            }
        }
        throw InputError(
            file: folder.appendingPathComponent(base + ".md").path,
            "999 exports already carry this second's name; expected a free name", kind: .ioFailure)
    }

    /// Removes a reserved file that an export failed to fill.
    static func release(_ url: URL) {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        if size == 0 { try? FileManager.default.removeItem(at: url) }
    }
}
