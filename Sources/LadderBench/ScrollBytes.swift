import Foundation
import TestSupport

/// Counts the bytes a terminal receives while scrolling a chapter line by
/// line, for ladder and for `less` on the same text, both inside tmux.
enum ScrollBytes {
    static let presses = 40

    static func run() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-bench-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ladder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("ladder").path
        guard FileManager.default.isExecutableFile(atPath: ladder), let tmux = which("tmux"),
            let less = which("less")
        else {
            print("Scroll bytes: skipped (needs the ladder binary beside ladder-bench, tmux and less)")
            return
        }
        let text = folder.appendingPathComponent("chapter.txt").path
        shell("\(quote(ladder)) read --plain --chapter 6 --width 72 > \(quote(text))")
        let environment =
            "env -u NO_COLOR TERM=tmux-256color LANG=C.UTF-8 XDG_STATE_HOME=\(quote(folder.path))"
        print("Bytes sent to an 80x24 terminal per line scrolled (\(presses) presses of j, tmux pipe-pane)")
        let ladderBytes = measure(
            tmux: tmux, command: "\(environment) \(quote(ladder)) read --chapter 6", key: "j", folder: folder,
            name: "ladder")
        let lessBytes = measure(
            tmux: tmux, command: "\(environment) \(quote(less)) \(quote(text))", key: "j", folder: folder,
            name: "less")
        print(String(format: "  ladder  %6.1f bytes/line", ladderBytes))
        print(String(format: "  less    %6.1f bytes/line", lessBytes))
        if lessBytes > 0 { print(String(format: "  ratio   %6.2f (ladder / less)", ladderBytes / lessBytes)) }
    }

    private static func measure(tmux: String, command: String, key: String, folder: URL, name: String)
        -> Double
    {
        let socket = "ladder-bench-\(name)-\(UUID().uuidString.prefix(6))"
        let bytes = folder.appendingPathComponent("\(name).bytes").path
        func tmuxRun(_ arguments: [String]) { run(tmux, ["-L", socket] + arguments) }
        tmuxRun([
            "-f", "/dev/null", "new-session", "-d", "-s", "b", "-x", "80", "-y", "24", command + "; sleep 60",
        ])
        tmuxRun(["set-option", "-t", "b", "status", "off"])
        Thread.sleep(forTimeInterval: 1.0)
        tmuxRun(["pipe-pane", "-o", "-t", "b", "cat > \(quote(bytes))"])
        Thread.sleep(forTimeInterval: 0.2)
        for _ in 0..<presses {
            tmuxRun(["send-keys", "-t", "b", key])
            Thread.sleep(forTimeInterval: 0.03)
        }
        Thread.sleep(forTimeInterval: 0.5)
        tmuxRun(["pipe-pane", "-t", "b"])
        tmuxRun(["kill-server"])
        let size = (try? FileManager.default.attributesOfItem(atPath: bytes)[.size] as? Int) ?? 0
        return Double(size) / Double(presses)
    }

    private static func run(_ executable: String, _ arguments: [String]) {
        _ = try? Subprocess.run(executable, arguments)
    }

    private static func shell(_ command: String) { run("/bin/sh", ["-c", command]) }

    private static func which(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func quote(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
