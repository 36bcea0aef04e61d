import LadderUI

/// What a complete escape sequence from the keyboard means. The table covers
/// the forms xterm, tmux, screen, rxvt and the Linux console send for the
/// keys ladder uses; anything else means nothing and is dropped whole.
enum ControlSequence {
    /// The meaning of one sequence.
    enum Meaning: Equatable {
        case key(KeyEvent)
        case mouse(MouseEvent)
        /// `ESC [ 200 ~`: the text up to `ESC [ 201 ~` is a paste.
        case pasteStarts
        /// `ESC [ M`: three bytes of an X10 mouse report follow.
        case x10MouseFollows
        /// `ESC [ [`: a Linux console function key letter follows.
        case consoleFunctionFollows
        /// A sequence ladder has no use for.
        case nothing
    }

    /// The meaning of `ESC [ parameters final`. `parameters` holds the bytes
    /// between `[` and the final byte (digits, `;`, a leading `<` or `?`).
    static func csi(_ parameters: [UInt8], final: Unicode.Scalar) -> Meaning {
        let marker = parameters.first.flatMap { "<=>?".utf8.contains($0) ? $0 : nil }
        let numbers = Self.numbers(marker == nil ? parameters[...] : parameters.dropFirst())
        if marker == UInt8(ascii: "<") {
            guard final == "M" || final == "m", let event = MouseReport.sgr(parameters: numbers, final: final)
            else { return .nothing }
            return .mouse(event)
        }
        guard marker == nil else { return .nothing }
        if parameters.isEmpty && final == "M" { return .x10MouseFollows }
        if parameters.isEmpty && final == "[" { return .consoleFunctionFollows }
        switch final {
        case "~", "^", "$", "@":
            return tilde(numbers.first.flatMap { $0 } ?? 0)
        default:
            return letter(final).map(Meaning.key) ?? .nothing
        }
    }

    /// The meaning of `ESC O final` (SS3), sent for arrows, Home, End and
    /// F1–F4 in application mode and by the keypad.
    static func ss3(final: Unicode.Scalar) -> Meaning {
        switch final {
        case "M": return .key(.enter)
        case "a": return .key(.up)
        case "b": return .key(.down)
        case "c": return .key(.right)
        case "d": return .key(.left)
        case "j": return .key(.character("*"))
        case "k": return .key(.character("+"))
        case "l": return .key(.character(","))
        case "m": return .key(.character("-"))
        case "n": return .key(.character("."))
        case "o": return .key(.character("/"))
        case "X": return .key(.character("="))
        case "p"..."y":
            return .key(.character(Character(Unicode.Scalar(final.value - 0x40) ?? "0")))
        default:
            return letter(final).map(Meaning.key) ?? .nothing
        }
    }

    /// The Linux console's F1–F5: `ESC [ [ A` to `ESC [ [ E`.
    static func consoleFunction(_ letter: Unicode.Scalar) -> Meaning {
        guard ("A"..."E").contains(letter) else { return .nothing }
        return .key(.function(Int(letter.value - 0x40)))
    }

    /// Keys named by a final letter, with or without modifiers
    /// (`ESC [ 1 ; 5 H` is Control-Home, which is Home here).
    private static func letter(_ final: Unicode.Scalar) -> KeyEvent? {
        switch final {
        case "A", "a": .up
        case "B", "b": .down
        case "C", "c": .right
        case "D", "d": .left
        case "H": .home
        case "F": .end
        case "Z": .backTab
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        default: nil
        }
    }

    /// Keys sent as `ESC [ number ~` (rxvt ends shifted and controlled keys
    /// with `$`, `^` or `@` instead).
    private static func tilde(_ number: Int) -> Meaning {
        switch number {
        case 1, 7: .key(.home)
        case 2: .key(.insert)
        case 3: .key(.delete)
        case 4, 8: .key(.end)
        case 5: .key(.pageUp)
        case 6: .key(.pageDown)
        case 11...15: .key(.function(number - 10))
        case 17...21: .key(.function(number - 11))
        case 23, 24: .key(.function(number - 12))
        case 200: .pasteStarts
        default: .nothing
        }
    }

    /// The numbers between `;`, nil where one is empty; a `:` sub-parameter
    /// keeps only its first part.
    private static func numbers(_ bytes: ArraySlice<UInt8>) -> [Int?] {
        guard !bytes.isEmpty else { return [] }
        return bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map { field in
            let head = field.prefix { $0 != UInt8(ascii: ":") }
            guard !head.isEmpty, head.count <= 9, head.allSatisfy({ (0x30...0x39).contains($0) }) else {
                return nil
            }
            return head.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
    }
}
