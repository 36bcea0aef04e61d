/// Gathers the bytes of one UTF-8 character at a time. Bytes that cannot
/// start or continue a character are dropped: input is never guessed at.
struct UTF8Assembler: Equatable, Sendable {
    private var value: UInt32 = 0
    private var remaining = 0
    private var expected = 0

    /// True while a character is half received.
    var isPartial: Bool { remaining > 0 }

    /// Adds `byte`; returns the character once its last byte is in.
    mutating func add(_ byte: UInt8) -> Unicode.Scalar? {
        if remaining > 0 {
            if byte & 0xC0 == 0x80 {
                value = value << 6 | UInt32(byte & 0x3F)
                remaining -= 1
                return remaining == 0 ? finished() : nil
            }
            // A lead byte cut the last character short: drop it, start anew.
            remaining = 0
        }
        switch byte {
        case 0x00...0x7F:
            return Unicode.Scalar(byte)
        case 0xC2...0xDF:
            begin(UInt32(byte & 0x1F), following: 1)
        case 0xE0...0xEF:
            begin(UInt32(byte & 0x0F), following: 2)
        case 0xF0...0xF4:
            begin(UInt32(byte & 0x07), following: 3)
        default:
            break
        }
        return nil
    }

    /// Forgets a half-received character.
    mutating func reset() { remaining = 0 }

    private mutating func begin(_ bits: UInt32, following count: Int) {
        value = bits
        remaining = count
        expected = count
    }

    private func finished() -> Unicode.Scalar? {
        // Overlong forms are not characters.
        let smallest: UInt32 = [0, 0x80, 0x800, 0x10000][expected]
        guard value >= smallest else { return nil }
        return Unicode.Scalar(value)
    }
}
