import Foundation

/// Drives a program inside a private tmux server, as a person at a terminal
/// would: type keys, read the screen, resize the window.
public final class TmuxDriver {
    /// The tmux socket name, unique to this driver.
    public let socket = "ladder-e2e-\(UUID().uuidString.prefix(8))"
    /// A temporary home for state and configuration.
    public let home: URL
    let session = "e2e"

    /// True when tmux is installed.
    public static var isAvailable: Bool { which("tmux") != nil }

    /// Creates a driver with a fresh temporary home.
    public init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: home)
    }

    /// The environment the program runs with: temporary XDG folders and a
    /// UTF-8 locale.
    public var environment: [String: String] {
        [
            "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color",
        ]
    }

    /// Starts `command` (a shell command line) in a window of `width` x `height`.
    public func start(
        _ command: String, width: Int = 80, height: Int = 24, extraEnvironment: [String: String] = [:]
    )
        throws
    {
        let variables = environment.merging(extraEnvironment) { $1 }
            .map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        try run([
            "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
            "env -u NO_COLOR \(variables) \(command); sleep 30",
        ])
        try run(["set-option", "-t", session, "status", "off"])
    }

    /// Ends the running session (the home and its files stay).
    public func stop() throws {
        try run(["kill-server"])
        // The server exits asynchronously; a session started before it has
        // gone would land in the dying server and vanish with it.
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline,
            (try? Subprocess.run(Self.which("tmux") ?? "/usr/bin/tmux", ["-L", socket, "list-sessions"])
                .status) == 0
        {
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// Types keys: tmux key names such as `Down`, `Enter`, `C-c`, or literal text.
    public func send(_ keys: String..., literal: Bool = false) throws {
        try run(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
    }

    /// The screen as text, or with colour escapes when `colors`.
    public func screen(colors: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", session] + (colors ? ["-e"] : []))
    }

    /// Resizes the window.
    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format value of the pane, such as `#{alternate_on}`.
    public func paneValue(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", session, format]).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// Waits until the screen satisfies `condition` and has settled (two
    /// captures in a row are the same, so a frame tmux has only half drawn
    /// is never taken for the whole); returns that screen.
    @discardableResult
    public func waitFor(
        timeout: TimeInterval = 20, colors: Bool = false, _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        var previous: String?
        while Date() < deadline {
            last = try screen(colors: colors)
            if last == previous && condition(last) { return last }
            previous = last
            Thread.sleep(forTimeInterval: 0.03)
        }
        throw TmuxError.timedOut(screen: last)
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 20) throws -> String {
        try waitFor(timeout: timeout) { $0.contains(text) }
    }

    /// Runs tmux and returns what it printed.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        try Subprocess.run(Self.which("tmux") ?? "/usr/bin/tmux", ["-L", socket] + arguments).output
    }

    private static func which(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Quotes a value for the shell.
    public static func quote(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Why a terminal test gave up.
public enum TmuxError: Error, CustomStringConvertible {
    /// The expected screen never came; the last screen is attached.
    case timedOut(screen: String)

    /// The last screen seen, for the test log.
    public var description: String {
        switch self {
        case .timedOut(let screen): "timed out; the screen was:\n\(screen)"
        }
    }
}

extension Fixtures {
    /// The built `ladder` executable beside the test bundle.
    public static var ladderBinary: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            packageRoot.appendingPathComponent(".build/debug"),
        ]
        return candidates.map { $0.appendingPathComponent("ladder") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
