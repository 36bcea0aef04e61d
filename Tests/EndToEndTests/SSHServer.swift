import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A real OpenSSH server for one test, on 127.0.0.1 only: its own config,
/// host key, authorized key and a free port, run as the current user with
/// `ForceCommand` set to the command under test. Nothing here ever
/// connects anywhere but 127.0.0.1.
final class SSHServer {
    static let sshd = "/usr/sbin/sshd"

    /// Why no server can run here, nil when one can: checked once with
    /// `sshd -t` on a real config, and printed so a skip is never silent.
    static let unavailableReason: String? = {
        let reason = probe()
        if let reason {
            FileHandle.standardError.write(Data("SSH end-to-end tests skipped: \(reason)\n".utf8))
        }
        return reason
    }()

    /// The server's folder: keys, config, log.
    let folder: URL
    /// The port it listens on at 127.0.0.1.
    let port: Int

    /// Starts a server whose every session runs `forcedCommand` (a shell command line).
    init(forcedCommand: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-sshd-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.makeKeys(in: folder)
        port = try Self.freePort()
        try Self.config(folder: folder, port: port, forcedCommand: forcedCommand)
            .write(to: folder.appendingPathComponent("sshd_config"), atomically: true, encoding: .utf8)
        let started = try Subprocess.run(
            Self.sshd, ["-f", path("sshd_config"), "-E", path("sshd.log")])
        guard started.status == 0 else { throw SSHServerError.notStarted(log()) }
        try waitUntilListening()
    }

    deinit {
        if let text = try? String(contentsOfFile: path("sshd.pid"), encoding: .utf8),
            let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            kill(pid, SIGTERM)
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The command line that connects with a terminal, as a participant would.
    var sshCommand: String {
        [
            "ssh", "-tt", "-i", TmuxDriver.quote(path("userkey")), "-p", String(port), "-o",
            "StrictHostKeyChecking=no",
            "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-F",
            "/dev/null",
            "127.0.0.1",
        ].joined(separator: " ")
    }

    /// The server's log so far.
    func log() -> String { (try? String(contentsOfFile: path("sshd.log"), encoding: .utf8)) ?? "" }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func waitUntilListening() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if Self.canConnect(port: port) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw SSHServerError.notStarted(log())
    }

    /// The server's configuration: keys only, this user only, then the
    /// `Match` block of docs/workshop.md as a facilitator would paste it,
    /// for this user and with `forcedCommand`.
    static func config(folder: URL, port: Int, forcedCommand: String) -> String {
        let user = NSUserName()
        let block = (documentedMatchBlock() ?? []).map { line in
            line.trimmingCharacters(in: .whitespaces).hasPrefix("ForceCommand ")
                ? "    ForceCommand \(forcedCommand)" : line
        }
        return """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(folder.appendingPathComponent("hostkey").path)
            PidFile \(folder.appendingPathComponent("sshd.pid").path)
            AuthorizedKeysFile \(folder.appendingPathComponent("authorized_keys").path)
            UsePAM no
            StrictModes no
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            AllowUsers \(user)
            LogLevel VERBOSE
            Match User \(user)

            """ + block.joined(separator: "\n") + "\n"
    }

    /// The lines under `Match User workshop` in docs/workshop.md's code
    /// block, nil when the guide has no such block.
    static func documentedMatchBlock() -> [String]? {
        let guide = Fixtures.packageRoot.appendingPathComponent("docs/workshop.md")
        guard let text = try? String(contentsOf: guide, encoding: .utf8) else { return nil }
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "Match User workshop") else { return nil }
        let block = lines[(start + 1)...].prefix { !$0.hasPrefix("```") }
        return block.isEmpty ? nil : Array(block)
    }

    private static func makeKeys(in folder: URL) throws {
        for name in ["hostkey", "userkey"] {
            let made = try Subprocess.run(
                "/usr/bin/ssh-keygen",
                ["-q", "-t", "ed25519", "-N", "", "-f", folder.appendingPathComponent(name).path])
            guard made.status == 0 else { throw SSHServerError.noKeys }
        }
        let key = try Data(contentsOf: folder.appendingPathComponent("userkey.pub"))
        try key.write(to: folder.appendingPathComponent("authorized_keys"))
    }

    /// Checks that sshd, ssh and ssh-keygen are here and that sshd accepts
    /// a real configuration as this user.
    private static func probe() -> String? {
        for tool in [sshd, "/usr/bin/ssh", "/usr/bin/ssh-keygen"]
        where !FileManager.default.isExecutableFile(atPath: tool) {
            return "\(tool) is not installed (Debian: openssh-server, openssh-client)"
        }
        // As root, sshd needs its privilege-separation folder, which the
        // system service normally makes at boot.
        if getuid() == 0, !FileManager.default.fileExists(atPath: "/run/sshd") {
            mkdir("/run/sshd", 0o755)
        }
        do {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "ladder-sshd-probe-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try makeKeys(in: folder)
            let file = folder.appendingPathComponent("sshd_config")
            try config(folder: folder, port: try freePort(), forcedCommand: "/bin/true").write(
                to: file, atomically: true, encoding: .utf8)
            let check = try Subprocess.run(sshd, ["-t", "-f", file.path])
            return check.status == 0 ? nil : "sshd -t refused the test configuration (exit \(check.status))"
        } catch {
            return "cannot prepare an sshd: \(error)"
        }
    }

    /// A TCP port on 127.0.0.1 that nothing listens on right now.
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw SSHServerError.noPort }
        defer { close(descriptor) }
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw SSHServerError.noPort }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { throw SSHServerError.noPort }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// True when something accepts connections on 127.0.0.1:`port`.
    static func canConnect(port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        } == 0
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }
}

/// Why a test's sshd did not come up.
enum SSHServerError: Error, CustomStringConvertible {
    case noKeys
    case noPort
    case notStarted(String)

    var description: String {
        switch self {
        case .noKeys: "ssh-keygen could not make the test keys"
        case .noPort: "no free port on 127.0.0.1"
        case .notStarted(let log): "sshd did not start; its log:\n\(log)"
        }
    }
}
