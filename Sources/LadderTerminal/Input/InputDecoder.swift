import LadderUI

/// Turns the bytes a terminal sends into keys, mouse reports and pastes.
/// A pure state machine: it never reads, sleeps or looks at the clock, so
/// tests drive it with byte strings. Every escape sequence is taken whole:
/// one it does not know is dropped, never split into Esc and letters.
///
/// Escape on its own is told apart from the start of a sequence by time: while
/// `pendingWait` is set, the caller waits that long for more bytes and calls
/// `timedOut()` if none come.
public struct InputDecoder: Sendable {
    /// What the decoder is waiting for the rest of.
    public enum Wait: Equatable, Sendable {
        /// An escape sequence (or Escape alone): wait the escape delay.
        case sequence
        /// A bracketed paste whose end has not come: wait longer.
        case paste
    }

    private enum Mode: Equatable {
        case ground
        case escape
        case csi([UInt8])
        case ss3
        case x10Mouse([UInt8])
        case consoleFunction
        case paste
    }

    /// The longest sequence kept; longer ones are dropped whole.
    static let longestSequence = 64

    private var mode = Mode.ground
    private var utf8 = UTF8Assembler()
    private var paste = PasteBuffer()
    private var lastPressed: MouseButton?

    /// A decoder in its starting state.
    public init() {}

    /// What the decoder is waiting for, if anything.
    public var pendingWait: Wait? {
        switch mode {
        case .ground: utf8.isPartial ? .sequence : nil
        case .paste: .paste
        default: .sequence
        }
    }

    /// Decodes `bytes`, returning what they complete.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [TerminalInput] {
        var output: [TerminalInput] = []
        for byte in bytes { feed(byte, into: &output) }
        return output
    }

    /// The wait ran out: a lone Escape is Escape, a paste without its end is
    /// delivered as it stands, and a sequence cut short is dropped.
    public mutating func timedOut() -> [TerminalInput] {
        utf8.reset()
        defer { mode = .ground }
        switch mode {
        case .escape: return [.key(.escape)]
        case .paste: return [.key(.paste(paste.take()))]
        default: return []
        }
    }

    private mutating func feed(_ byte: UInt8, into output: inout [TerminalInput]) {
        if case .x10Mouse(var collected) = mode {
            // The legacy mouse report is three raw bytes, not UTF-8.
            collected.append(byte)
            guard collected.count == 3 else {
                mode = .x10Mouse(collected)
                return
            }
            mode = .ground
            if let event = MouseReport.x10(collected, lastPressed: lastPressed) { emit(event, into: &output) }
            return
        }
        guard let scalar = utf8.add(byte) else { return }
        handle(scalar, into: &output)
    }

    private mutating func handle(_ scalar: Unicode.Scalar, into output: inout [TerminalInput]) {
        switch mode {
        case .ground:
            ground(scalar, into: &output)
        case .escape:
            afterEscape(scalar, into: &output)
        case .csi(let collected):
            csi(collected, scalar, into: &output)
        case .ss3:
            mode = .ground
            if scalar.value < 0x20 || scalar.value > 0x7E {
                ground(scalar, into: &output)
            } else {
                apply(ControlSequence.ss3(final: scalar), into: &output)
            }
        case .consoleFunction:
            mode = .ground
            apply(ControlSequence.consoleFunction(scalar), into: &output)
        case .paste:
            if let text = paste.add(scalar) {
                mode = .ground
                output.append(.key(.paste(text)))
            }
        case .x10Mouse:
            break
        }
    }

    private mutating func ground(_ scalar: Unicode.Scalar, into output: inout [TerminalInput]) {
        if scalar == "\u{1B}" {
            mode = .escape
        } else if let key = Self.key(for: scalar) {
            output.append(.key(key))
        }
    }

    private mutating func afterEscape(_ scalar: Unicode.Scalar, into output: inout [TerminalInput]) {
        switch scalar {
        case "[": mode = .csi([])
        case "O": mode = .ss3
        case "\u{1B}":
            output.append(.key(.escape))
        default:
            mode = .ground
            if case .character(let character)? = Self.key(for: scalar) {
                // Alt with a key: the app acts on it as Escape then the key
                // unless the key is bound with Alt (emacs's M-v).
                output.append(.key(.alt(character)))
            } else {
                output.append(.key(.escape))
                ground(scalar, into: &output)
            }
        }
    }

    private mutating func csi(
        _ collected: [UInt8], _ scalar: Unicode.Scalar, into output: inout [TerminalInput]
    ) {
        let value = scalar.value
        let isFinal = (0x40...0x7E).contains(value) || (value == 0x24 && !collected.isEmpty)
        if isFinal {
            mode = .ground
            guard collected.count < Self.longestSequence else { return }
            apply(ControlSequence.csi(collected, final: scalar), into: &output)
        } else if (0x20...0x3F).contains(value) {
            mode = .csi(collected.count < Self.longestSequence ? collected + [UInt8(value)] : collected)
        } else {
            // Not part of any sequence: drop what came so far, start afresh.
            mode = .ground
            ground(scalar, into: &output)
        }
    }

    private mutating func apply(_ meaning: ControlSequence.Meaning, into output: inout [TerminalInput]) {
        switch meaning {
        case .key(let key): output.append(.key(key))
        case .mouse(let event): emit(event, into: &output)
        case .pasteStarts: mode = .paste
        case .x10MouseFollows: mode = .x10Mouse([])
        case .consoleFunctionFollows: mode = .consoleFunction
        case .nothing: break
        }
    }

    private mutating func emit(_ event: MouseEvent, into output: inout [TerminalInput]) {
        switch event.kind {
        case .press(let button): lastPressed = button
        case .release: lastPressed = nil
        case .wheelUp, .wheelDown: break
        }
        output.append(.mouse(event))
    }

    /// The key a character on its own means: control characters by name or
    /// as Control with a letter, everything else as itself.
    static func key(for scalar: Unicode.Scalar) -> KeyEvent? {
        switch scalar.value {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 9: return .tab
        case 1...26:
            guard let letter = Unicode.Scalar(scalar.value + 96) else { return nil }
            return .control(Character(letter))
        case 0..<32, 0x80..<0xA0: return nil
        default: return .character(Character(scalar))
        }
    }
}
