import Glibc

/// Times each answer from the read that brought its input to the screen
/// updated, and appends it (in microseconds, one a line) to the file that
/// `LADDER_KEY_TIMES` names: how the benchmark sees a key's cost without
/// the pseudo-terminal's own delays.
final class KeyTimeLog {
    private let descriptor: Int32
    private var readAt: UInt64?

    /// The log the environment asks for, nil when it asks for none or the
    /// file cannot be opened.
    init?(environment: [String: String]) {
        guard let path = environment["LADDER_KEY_TIMES"], !path.isEmpty else { return nil }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Input was read: the clock starts, unless a read before it still waits
    /// for its frame.
    func inputRead() {
        if readAt == nil { readAt = Self.now() }
    }

    /// A frame is on the screen: the time since the first read it answers is
    /// written.
    func frameDrawn() {
        guard let start = readAt else { return }
        readAt = nil
        let line = Array("\((Self.now() - start) / 1000)\n".utf8)
        _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
