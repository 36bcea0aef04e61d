import FoundationEssentials
import Glibc
import LadderTerminal

/// Lines of input as they come, and whether more are already waiting (so a
/// burst of input, such as a script's, is saved once rather than per line).
public protocol LineSource {
    /// The next line without its line break; nil at the end of input.
    mutating func nextLine() -> String?
    /// True when another line can be read without waiting.
    var hasPendingInput: Bool { get }
    /// True when a person types the lines (a terminal), so a prompt helps.
    var isInteractive: Bool { get }
    /// The signal that ended the input (SIGTERM, SIGHUP, SIGINT), nil when
    /// it ended on its own.
    var endingSignal: Int32? { get }
}

extension LineSource {
    /// None: only a source that watches for signals has one.
    public var endingSignal: Int32? { nil }
}

/// Lines read from a file descriptor (standard input), with `read(2)`
/// directly so that nothing is buffered out of sight: `hasPendingInput`
/// knows both what was read ahead and what the descriptor holds. With
/// `watchesSignals`, SIGTERM, SIGHUP and SIGINT end the input instead of
/// the process, so that what was done is saved.
public struct DescriptorLines: LineSource {
    private let descriptor: Int32
    private let watchesSignals: Bool
    private var buffer: [UInt8] = []
    private var ended = false
    /// The signal that ended the input, if one did.
    public private(set) var endingSignal: Int32?

    /// Lines from `descriptor` (standard input unless told), ended by a
    /// terminating signal when `watchesSignals` (which installs handlers).
    public init(descriptor: Int32 = STDIN_FILENO, watchesSignals: Bool = false) {
        self.descriptor = descriptor
        self.watchesSignals = watchesSignals
        if watchesSignals { TerminatingSignals.install() }
    }

    /// True when the descriptor is a terminal.
    public var isInteractive: Bool { isatty(descriptor) == 1 }

    /// True when a whole line is read ahead or the descriptor has bytes ready.
    public var hasPendingInput: Bool {
        if buffer.contains(10) { return true }
        guard !ended else { return !buffer.isEmpty }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0 && poller.revents & Int16(POLLIN) != 0
    }

    /// The next line (UTF-8, invalid bytes replaced; a trailing CR dropped);
    /// nil once the input has ended and nothing is left.
    public mutating func nextLine() -> String? {
        while true {
            if let end = buffer.firstIndex(of: 10) {
                let line = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                return Self.text(line)
            }
            if ended {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return Self.text(buffer)
            }
            fill()
        }
    }

    /// Reads what the descriptor has, waiting for it (or for a signal);
    /// marks the end.
    private mutating func fill() {
        if watchesSignals {
            var watched = [
                pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: TerminatingSignals.wakeDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            _ = poll(&watched, 2, -1)
            if let signal = TerminatingSignals.take() {
                endingSignal = signal
                ended = true
                return
            }
            guard watched[0].revents != 0 else { return }
        }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer += chunk[..<count]
        } else if count == 0 || errno != EINTR {
            ended = true
        }
    }

    private static func text(_ bytes: [UInt8]) -> String {
        var line = String(decoding: bytes, as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
