import Foundation
import LadderUI

/// Plain-text snapshots stored beside the tests. Set `LADDER_RECORD=1` to
/// write them anew; otherwise a missing or different snapshot is a failure.
public enum Snapshot {
    /// Compares a rendered screen with the snapshot `name-WxH` beside the
    /// calling test; returns a description of the difference, or nil.
    public static func check(_ frame: Frame, named name: String, file: String = #filePath) -> String? {
        check(frame.plainText, named: "\(name)-\(frame.size.width)x\(frame.size.height)", file: file)
    }

    /// Compares `text` with the snapshot `name` in the calling test's
    /// `__Snapshots__` folder; returns a description of the difference, or nil.
    public static func check(_ text: String, named name: String, file: String = #filePath) -> String? {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(
            "__Snapshots__")
        let url = folder.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["LADDER_RECORD"] == "1"
        if record {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
            return "no snapshot \(name).txt; run with LADDER_RECORD=1 to record it"
        }
        let expected = stored.hasSuffix("\n") ? String(stored.dropLast()) : stored
        guard expected != text else { return nil }
        let old = expected.components(separatedBy: "\n")
        let new = text.components(separatedBy: "\n")
        for index in 0..<max(old.count, new.count) {
            let was = index < old.count ? old[index] : "<none>"
            let now = index < new.count ? new[index] : "<none>"
            if was != now {
                return "\(name): line \(index + 1) differs\n  expected: \(was)\n  actual:   \(now)"
            }
        }
        return "\(name): differs"
    }
}
