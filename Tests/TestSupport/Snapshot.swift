import Foundation
import LadderCore
import LadderUI

/// Snapshots of screens stored beside the tests: the text as a user sees
/// it, then the same cells as role codes, so that a change of colour meaning
/// (a search hit, the selected row, the marked gauge) fails a test as
/// surely as a change of text. `LADDER_RECORD=1` writes them anew:
/// `LADDER_RECORD=1 swift test --filter LadderUITests`.
public enum Snapshot {
    /// The line between the text and the role codes.
    public static let rolesHeading = "── roles (legend on the last line) ──"

    /// One character per role, chosen so that plain text stays quiet
    /// (`.`), blank surface is a space and highlights stand out.
    public static let codes: [Role: Character] = [
        .surface: " ", .text: ".", .muted: ",", .title: "T", .heading: "H", .accent: "a", .border: "|",
        .selection: "S", .match: "M", .emphasis: "e", .strong: "s", .code: "c", .quote: "q",
        .productive: "p", .advances: "v", .gaugeTrack: "_", .gaugeLow: "l", .gaugeMid: "m", .gaugeHigh: "h",
        .changed: "C", .warning: "W", .error: "E", .success: "k", .statusBar: "=", .statusKey: "K",
        .overlay: "o",
    ]

    /// The role of every visible cell, one code per grapheme so that the
    /// codes line up under the text; trailing blanks trimmed.
    public static func roles(of frame: Frame) -> String {
        var lines: [String] = []
        for y in 0..<frame.size.height {
            var line = ""
            for x in 0..<frame.size.width {
                guard let cell = frame.visibleCell(x: x, y: y), !cell.isContinuation else { continue }
                line.append(codes[cell.role] ?? "?")
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The legend for the codes used in `roles`.
    static func legend(for roles: String) -> String {
        let used = Set(roles.filter { $0 != "\n" })
        let entries = Role.allCases.compactMap { role -> String? in
            guard let code = codes[role], used.contains(code) else { return nil }
            return "\(code)=\(role.rawValue)"
        }
        return "legend: " + entries.joined(separator: " ")
    }

    /// A screen as stored: its text, the heading, its role codes, the legend.
    public static func record(of frame: Frame) -> String {
        let roles = roles(of: frame)
        return [frame.plainText, rolesHeading, roles, legend(for: roles)].joined(separator: "\n")
    }

    /// Compares a rendered screen, text and roles, with the snapshot
    /// `name-WxH` beside the calling test; returns the difference, or nil.
    public static func check(_ frame: Frame, named name: String, file: String = #filePath) -> String? {
        check(record(of: frame), named: "\(name)-\(frame.size.width)x\(frame.size.height)", file: file)
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
