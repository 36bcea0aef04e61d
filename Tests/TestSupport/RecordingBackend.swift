import Foundation
import LadderCore
import LadderTerminal
import LadderUI

/// A terminal for tests: it replays scripted input (keys, mouse reports,
/// resizes, signals, time passing on a fake clock) and keeps every frame,
/// so the whole run loop is tested without a terminal.
public final class RecordingBackend: TerminalBackend {
    /// One scripted event.
    public enum Step: Equatable, Sendable {
        /// A key is pressed (or text pasted).
        case key(KeyEvent)
        /// The mouse reports.
        case mouse(MouseEvent)
        /// The window takes a new size.
        case resize(Size)
        /// A signal arrives (SIGTERM, SIGHUP, SIGINT).
        case signal(Int32)
        /// Nothing happens for this many seconds.
        case pause(TimeInterval)
        /// Inputs that arrive together, as a burst of wheel reports does:
        /// while some are left, input is pending (pauses among them stand
        /// for a flood that lasts).
        indirect case together([Step])
    }

    /// The terminal's size.
    public private(set) var size: Size
    /// Every frame drawn, in order.
    public private(set) var frames: [Frame] = []
    /// The names of the themes applied, in order.
    public private(set) var themes: [String] = []
    /// How many times a full repaint was asked for.
    public private(set) var redraws = 0
    /// How many times the app suspended itself.
    public private(set) var suspensions = 0
    /// How many frames had been drawn when the terminal was closed (nil: open).
    public private(set) var closedAfterFrames: Int?
    /// How long each read was allowed to wait (nil: for ever), in order.
    public private(set) var waits: [TimeInterval?] = []
    /// True when the app read past the end of the script (it is then sent
    /// SIGHUP, so a test can never hang).
    public private(set) var ranOut = false
    /// Called before each read with how many reads came before it, so a
    /// test can look at files or state at that moment of the run.
    public var beforeRead: ((Int) -> Void)?
    private var script: [Step]
    private let clock: FakeClock
    /// How many steps of a burst are still to be read.
    private var burstLeft = 0

    /// A terminal of `size` that replays `script`, moving `clock` on as
    /// scripted pauses and waits pass.
    public init(size: Size, clock: FakeClock, script: [Step]) {
        self.size = size
        self.clock = clock
        self.script = script
    }

    /// The text of the last frame drawn.
    public var lastScreen: String { frames.last?.plainText ?? "" }

    /// The next scripted input. A pause as long as `timeout` or longer is
    /// cut at the timeout (the clock moves that far and the read is
    /// `.idle`); the rest of it stays for the next read.
    public func read(waitingAtMost timeout: TimeInterval?) -> TerminalInput {
        beforeRead?(waits.count)
        waits.append(timeout)
        if case .together(let steps) = script.first {
            script.replaceSubrange(0...0, with: steps)
            burstLeft = steps.filter { if case .pause = $0 { false } else { true } }.count
        }
        let input = next(within: timeout)
        if input != .idle { burstLeft = max(0, burstLeft - 1) }
        return input
    }

    /// True while steps of a burst are left.
    public var hasPendingInput: Bool { burstLeft > 0 }

    private func next(within timeout: TimeInterval?) -> TerminalInput {
        guard let step = script.first else {
            ranOut = true
            return .signal(SIGHUP)
        }
        if case .pause(let seconds) = step {
            if let timeout, timeout <= seconds {
                clock.advance(by: timeout)
                script[0] = .pause(seconds - timeout)
                return .idle
            }
            clock.advance(by: seconds)
            script.removeFirst()
            return next(within: timeout.map { $0 - seconds })
        }
        script.removeFirst()
        switch step {
        case .key(let key): return .key(key)
        case .mouse(let event): return .mouse(event)
        case .resize(let newSize):
            size = newSize
            return .resized(newSize)
        case .signal(let number): return .signal(number)
        case .pause, .together: return .idle
        }
    }

    /// Keeps `frame`.
    public func draw(_ frame: Frame) {
        frames.append(frame)
    }

    /// Notes the theme's name.
    public func apply(theme: Theme) {
        themes.append(theme.name)
    }

    /// Counts the repaint.
    public func redrawAll() {
        redraws += 1
    }

    /// Counts the suspension.
    public func suspend() {
        suspensions += 1
    }

    /// Notes when the terminal was closed.
    public func close() {
        if closedAfterFrames == nil { closedAfterFrames = frames.count }
    }
}
