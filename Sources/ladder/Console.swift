import FoundationEssentials
import Glibc
import LadderCore
import Synchronization

/// Writing to standard output and error. Nothing here traps: a write that
/// fails (a closed stream, a full disk, a broken pipe with SIGPIPE ignored)
/// is remembered, and the command then exits 74.
enum Console {
    /// Set once a write to standard output failed or found it closed.
    private static let outputFailed = Atomic<Bool>(false)

    /// Writes `text` to standard output, with control characters other than
    /// newlines removed so that nothing from a file can drive the terminal.
    static func out(_ text: String) {
        if !write(Sanitizer.clean(text, keepNewlines: true, keepTabs: true), to: STDOUT_FILENO) {
            outputFailed.store(true, ordering: .relaxed)
        }
    }

    /// Writes `ladder: text` and a newline to standard error, cleaned like
    /// `out`. A closed or failing standard error is ignored: there is nowhere
    /// left to say so.
    static func error(_ text: String) {
        _ = write(
            "ladder: " + Sanitizer.clean(text, keepNewlines: true, keepTabs: true) + "\n", to: STDERR_FILENO)
    }

    /// True once anything meant for standard output was lost.
    static var lostOutput: Bool { outputFailed.load(ordering: .relaxed) }

    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Makes sure descriptors 0, 1 and 2 are open before any file is, so a
    /// state file can never become standard output or error by accident. A
    /// closed standard output counts as lost output (exit 74).
    static func guardStandardStreams() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1
        {
            if descriptor == STDOUT_FILENO { outputFailed.store(true, ordering: .relaxed) }
            // open() takes the lowest free descriptor: this one.
            _ = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
        }
    }

    private static func write(_ text: String, to descriptor: Int32) -> Bool {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress, buffer.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            bytes = bytes.dropFirst(count)
        }
        return true
    }
}
