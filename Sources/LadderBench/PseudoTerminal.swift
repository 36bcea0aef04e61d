import Foundation
import Glibc

/// A program running on the far side of a pseudo-terminal, as it would in a
/// terminal emulator: its own session, the pty as its controlling terminal
/// (so resizes reach it as SIGWINCH), and everything it writes read back here
/// byte for byte.
final class PseudoTerminal {
    /// What one settled burst of output cost: how long from the stimulus to
    /// the last byte, and how many bytes.
    struct Burst {
        var nanoseconds: UInt64
        var bytes: Int
        var text: [UInt8]
        /// The program's own time from reading the input to its screen
        /// updated, in milliseconds, when it reports one (ladder does, to
        /// the file `LADDER_KEY_TIMES` names).
        var inApp: Double?
        var milliseconds: Double { Double(nanoseconds) / 1_000_000 }
    }

    /// How a finished program ended.
    struct Ending {
        var status: Int32
    }

    private let master: Int32
    private(set) var pid: pid_t = 0
    /// When the program was spawned, on `Clock`.
    private(set) var spawnedAt: UInt64 = 0
    private var ended: Ending?

    /// Starts `arguments[0]` (a path) at `columns`x`rows` with `environment`;
    /// `stdinPath` replaces the terminal as standard input (fzf reads its list
    /// there).
    init(
        _ arguments: [String], columns: Int, rows: Int, environment: [String: String],
        stdinPath: String? = nil
    ) throws(BenchError) {
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw BenchError("openpty failed") }
        self.master = master
        let slavePath = String(cString: ttyname(slave))
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        close(slave)
        spawnedAt = Clock.now()
        pid = try Self.spawn(arguments, slavePath: slavePath, stdinPath: stdinPath, environment: environment)
    }

    deinit {
        if ended == nil {
            kill(pid, SIGKILL)
            _ = finish(timeoutMilliseconds: 2000)
        }
        close(master)
    }

    /// Spawns in a new session whose first opened terminal is the pty, so it
    /// becomes the controlling terminal.
    private static func spawn(
        _ arguments: [String], slavePath: String, stdinPath: String?, environment: [String: String]
    ) throws(BenchError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        if let stdinPath {
            posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 1, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // POSIX_SPAWN_SETSID (0x80 in glibc) is not imported into Swift.
        let setsid: Int32 = 0x80
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | setsid))
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, arguments[0], &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw BenchError("could not start \(arguments[0]): \(String(cString: strerror(result)))")
        }
        return child
    }

    /// Writes `bytes` as typed keys.
    func type(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Tells the program the terminal is now `columns`x`rows` (SIGWINCH).
    func resize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Reads output from `start` until it has been quiet for `quiet`
    /// milliseconds (or nothing came within `firstByte` milliseconds). The
    /// time is to the last byte, so the quiet wait is not counted.
    func settle(from start: UInt64, quiet: Int, firstByte: Int) -> Burst {
        var burst = Burst(nanoseconds: 0, bytes: 0, text: [])
        var buffer = [UInt8](repeating: 0, count: 65536)
        var waitFor = firstByte
        while true {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(waitFor))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { break }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            burst.nanoseconds = Clock.now() - start
            burst.bytes += count
            burst.text.append(contentsOf: buffer[0..<count])
            waitFor = quiet
        }
        return burst
    }

    /// Throws away whatever is waiting, until `quiet` milliseconds pass
    /// without output.
    func drain(quiet: Int) {
        _ = settle(from: Clock.now(), quiet: quiet, firstByte: quiet)
    }

    /// The program's peak resident memory so far (VmHWM), in KiB. Read
    /// from /proc rather than `wait4`'s ru_maxrss: posix_spawn starts the
    /// child in the parent's address space (vfork), and Linux carries that
    /// address space's high-water mark into the child's ru_maxrss, so it
    /// would report the benchmark's own peak.
    func peakResidentKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else {
            return 0
        }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    /// Waits for the program to exit (reading its output so it never blocks
    /// on a full pty); kills it after `timeoutMilliseconds`.
    func finish(timeoutMilliseconds: Int) -> Ending {
        if let ended { return ended }
        let deadline = Clock.now() + UInt64(timeoutMilliseconds) * 1_000_000
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 { break }
            if Clock.now() > deadline { kill(pid, SIGKILL) }
            drain(quiet: 5)
        }
        let ending = Ending(status: status)
        ended = ending
        return ending
    }
}

/// A benchmark that cannot go on, and why.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The monotonic clock in nanoseconds.
enum Clock {
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
