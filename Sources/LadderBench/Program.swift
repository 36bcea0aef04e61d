/// A program to drive: its command line, where its standard input comes
/// from, how to quit it, and text its settled first screen must hold.
struct Program {
    var name: String
    var arguments: [String]
    var stdinPath: String?
    var quitKeys = "q"
    var readyMark: String?
}

/// A terminal size.
struct TerminalSize: CustomStringConvertible {
    var columns: Int
    var rows: Int
    var description: String { "\(columns)x\(rows)" }
}

/// How long output must be quiet to count as settled, and the environment
/// every program runs with.
struct DriveSettings {
    /// Quiet time that ends a first frame, in milliseconds.
    var firstQuiet = 200
    /// Quiet time that ends the answer to a key, in milliseconds.
    var keyQuiet = 25
    /// The environment: xterm-256color, UTF-8, private state and config.
    var environment: [String: String]
}

/// One program under the benchmark's fingers, from its first frame to quit.
final class Driven {
    let program: Program
    let pty: PseudoTerminal
    let settings: DriveSettings
    /// The settled first frame.
    private(set) var first: PseudoTerminal.Burst
    private(set) var size: TerminalSize
    /// Where the program writes its own time for each answer.
    let keyTimes: KeyTimes

    init(_ program: Program, size: TerminalSize, settings: DriveSettings) throws(BenchError) {
        self.program = program
        self.settings = settings
        self.size = size
        keyTimes = KeyTimes()
        var environment = settings.environment
        environment["LADDER_KEY_TIMES"] = keyTimes.path
        pty = try PseudoTerminal(
            program.arguments, columns: size.columns, rows: size.rows, environment: environment,
            stdinPath: program.stdinPath)
        first = pty.settle(from: pty.spawnedAt, quiet: settings.firstQuiet, firstByte: 30_000)
        if let mark = program.readyMark, !first.text.contains(Array(mark.utf8)) {
            throw BenchError(
                "\(program.name) at \(size): the first screen never showed '\(mark)' "
                    + "(\(first.bytes) bytes: \(Self.preview(first.text)))")
        }
    }

    /// Presses `keys` and returns the settled answer; nil when nothing was
    /// written back.
    func press(_ keys: String) -> PseudoTerminal.Burst? {
        let start = Clock.now()
        pty.type(Array(keys.utf8))
        var burst = pty.settle(from: start, quiet: settings.keyQuiet, firstByte: 5000)
        burst.inApp = keyTimes.takeFirst()
        return burst.bytes > 0 ? burst : nil
    }

    /// Resizes the terminal to `size` and returns the settled redraw.
    func resize(to size: TerminalSize) -> PseudoTerminal.Burst? {
        self.size = size
        let start = Clock.now()
        pty.resize(columns: size.columns, rows: size.rows)
        var burst = pty.settle(from: start, quiet: settings.keyQuiet, firstByte: 5000)
        burst.inApp = keyTimes.takeFirst()
        return burst.bytes > 0 ? burst : nil
    }

    /// Quits and waits; the ending carries peak memory.
    func quit() -> PseudoTerminal.Ending {
        pty.type(Array(program.quitKeys.utf8))
        return pty.finish(timeoutMilliseconds: 10_000)
    }

    /// The start of `bytes` with escapes made visible, for error messages.
    static func preview(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.prefix(160), as: UTF8.self)
        return text.unicodeScalars.map {
            $0.value < 32 ? "^" + String(UnicodeScalar($0.value + 64).map(Character.init) ?? "?") : String($0)
        }.joined()
    }
}
