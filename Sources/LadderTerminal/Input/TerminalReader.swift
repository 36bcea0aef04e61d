import CLadderSignals
import FoundationEssentials
import Glibc
import LadderUI

/// Reads standard input byte by byte as the terminal sends it, decodes it,
/// and wakes for signals. ncurses never reads input: its key decoding
/// splits sequences it does not know, and this one does not.
final class TerminalReader {
    /// How long to wait for the rest of an escape sequence before taking
    /// Escape on its own: `ESCDELAY` milliseconds, as in ncurses, else 25.
    let escapeDelay: TimeInterval
    /// How long a paste may pause before what came is taken as the paste.
    let pasteDelay: TimeInterval = 1

    /// The file descriptor read: standard input, or a pipe in tests.
    private let input: Int32
    private var decoder = InputDecoder()
    private var queue: [TerminalInput] = []
    private var lastByteAt: TimeInterval = 0
    private var endOfInput = false

    init(environment: [String: String], input: Int32 = STDIN_FILENO) {
        self.input = input
        let milliseconds = environment["ESCDELAY"].flatMap(Int.init).map { min(max($0, 0), 10_000) } ?? 25
        escapeDelay = TimeInterval(milliseconds) / 1000
    }

    /// The next input, waiting at most `timeout` seconds (nil: for ever).
    /// `resize` is asked for the new size when the window changed.
    func next(waitingAtMost timeout: TimeInterval?, resize: () -> Size) -> TerminalInput {
        let start = Self.uptime
        while true {
            if !queue.isEmpty { return queue.removeFirst() }
            let signal = ladder_signals_take_terminating()
            if signal != 0 { return .signal(signal) }
            if ladder_signals_take_resize() != 0 { return .resized(resize()) }
            if endOfInput { return .signal(SIGHUP) }
            let left = timeout.map { max(0, $0 - (Self.uptime - start)) }
            switch wait(atMost: shorter(left, sequenceTimeLeft)) {
            case .input:
                readAvailable()
            case .woken:
                ladder_signals_drain_wake()
            case .timedOut:
                if let sequenceLeft = sequenceTimeLeft, sequenceLeft <= 0 {
                    queue += decoder.timedOut()
                } else if let timeout, Self.uptime - start >= timeout {
                    return .idle
                }
            }
        }
    }

    /// True when an input is decoded and waiting, or bytes are ready to read.
    var hasPendingInput: Bool {
        if !queue.isEmpty { return true }
        guard !endOfInput else { return false }
        var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }

    /// Time left before a sequence or paste under way is cut short.
    private var sequenceTimeLeft: TimeInterval? {
        guard let pending = decoder.pendingWait else { return nil }
        let limit = pending == .paste ? pasteDelay : escapeDelay
        return max(0, limit - (Self.uptime - lastByteAt))
    }

    private func shorter(_ first: TimeInterval?, _ second: TimeInterval?) -> TimeInterval? {
        guard let first else { return second }
        guard let second else { return first }
        return min(first, second)
    }

    private enum Readiness { case input, woken, timedOut }

    private func wait(atMost seconds: TimeInterval?) -> Readiness {
        var descriptors = [
            pollfd(fd: input, events: Int16(POLLIN), revents: 0),
            pollfd(fd: ladder_signals_wake_fd(), events: Int16(POLLIN), revents: 0),
        ]
        let milliseconds = seconds.map { Int32(min(($0 * 1000).rounded(.up), 86_400_000)) } ?? -1
        let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        guard ready > 0 else { return ready == 0 ? .timedOut : .woken }
        if descriptors[1].revents != 0 { return .woken }
        return .input
    }

    private func readAvailable() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
        if count > 0 {
            lastByteAt = Self.uptime
            queue += decoder.feed(buffer.prefix(count))
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            // The terminal went away (closed, or EIO on a hung-up line).
            endOfInput = true
        }
    }

    private static var uptime: TimeInterval { ProcessInfo.processInfo.systemUptime }
}
