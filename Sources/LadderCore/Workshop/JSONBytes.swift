import FoundationEssentials
import Glibc

/// A strict reader of JSON text straight from its UTF-8 bytes, for the few
/// files ladder reads by the hundred (results files). It reads only what
/// the caller asks for and skips the rest while still checking it is JSON.
/// Anything it does not fully understand (bad syntax, invalid UTF-8, deep
/// nesting, a number out of range) stops it with `JSONBytes.Refused`, so a
/// caller can fall back on `JSONDecoder` to say exactly what is wrong.
struct JSONBytes {
    /// The reader gave up: the text is not plain, valid JSON of the expected shape.
    struct Refused: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0
    /// How deeply skipped values may nest before the reader gives up.
    static let deepestNesting = 256

    /// A reader over `bytes`, which must outlive it.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// True once only white space is left.
    mutating func atEnd() -> Bool {
        skipSpace()
        return offset == bytes.count
    }

    /// The next byte that is not white space, without taking it.
    mutating func peek() -> UInt8? {
        skipSpace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    /// Takes `byte` (after any white space), or refuses.
    mutating func take(_ byte: UInt8) throws(Refused) {
        guard peek() == byte else { throw Refused() }
        offset += 1
    }

    /// Takes `byte` when it comes next; true when it did.
    mutating func takeIf(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        offset += 1
        return true
    }

    /// Takes `null` when it comes next; true when it did.
    mutating func takeNull() throws(Refused) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try word("null")
        return true
    }

    /// Walks an object: `body` is called with each key and must take its value.
    mutating func object(_ body: (inout JSONBytes, Key) throws(Refused) -> Void) throws(Refused) {
        try take(UInt8(ascii: "{"))
        if takeIf(UInt8(ascii: "}")) { return }
        repeat {
            let key = try self.key()
            try take(UInt8(ascii: ":"))
            try body(&self, key)
        } while takeIf(UInt8(ascii: ","))
        try take(UInt8(ascii: "}"))
    }

    /// An object's key: its bytes when it has no escapes (compared without
    /// making a string), else its text.
    struct Key {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>?
        fileprivate let escaped: String?

        /// True when the key is `name`.
        static func == (key: Key, name: StaticString) -> Bool {
            guard let bytes = key.bytes else { return key.escaped == name.description }
            guard bytes.count == name.utf8CodeUnitCount else { return false }
            guard let start = bytes.baseAddress else { return true }
            return memcmp(start, name.utf8Start, bytes.count) == 0
        }

        /// Lets a `switch` on a key take names as cases.
        static func ~= (name: StaticString, key: Key) -> Bool { key == name }

        /// The key as text.
        var text: String {
            escaped ?? bytes.map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
    }

    private mutating func key() throws(Refused) -> Key {
        try take(UInt8(ascii: "\""))
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<offset])
                offset += 1
                guard slice.allSatisfy({ $0 < 0x80 }) else {
                    return Key(bytes: nil, escaped: try decoded(start..<offset - 1))
                }
                return Key(bytes: slice, escaped: nil)
            }
            guard byte >= 0x20, byte != UInt8(ascii: "\\") else { break }
            offset += 1
        }
        offset = start - 1
        return Key(bytes: nil, escaped: try string())
    }

    /// Walks an array: `body` is called once per element and must take it.
    mutating func array(_ body: (inout JSONBytes) throws(Refused) -> Void) throws(Refused) {
        try take(UInt8(ascii: "["))
        if takeIf(UInt8(ascii: "]")) { return }
        repeat {
            try body(&self)
        } while takeIf(UInt8(ascii: ","))
        try take(UInt8(ascii: "]"))
    }

    /// A string, its escapes resolved.
    mutating func string() throws(Refused) -> String {
        try take(UInt8(ascii: "\""))
        let start = offset
        var plain = true
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let text = try plain ? decoded(start..<offset) : unescaped(start..<offset)
                offset += 1
                return text
            }
            guard byte >= 0x20 else { throw Refused() }
            if byte == UInt8(ascii: "\\") {
                plain = false
                offset += 1
            }
            offset += 1
        }
        throw Refused()
    }

    /// The UTF-8 of the string that comes next, taken, when it holds no
    /// escape or control character (its bytes are then its text); nil, with
    /// nothing taken, for any other value or string.
    mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        let start = offset + 1
        let end = ByteFinder.firstQuoteEscapeOrControl(in: bytes, from: start)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        offset = end + 1
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// `true` or `false`.
    mutating func bool() throws(Refused) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"):
            try word("true")
            return true
        case UInt8(ascii: "f"):
            try word("false")
            return false
        default: throw Refused()
        }
    }

    /// A whole number that fits an `Int` (no fraction, no exponent).
    mutating func int() throws(Refused) -> Int {
        let negative = takeIf(UInt8(ascii: "-"))
        let magnitude = try digits()
        guard negative ? magnitude <= UInt64(Int.max) + 1 : magnitude <= UInt64(Int.max) else {
            throw Refused()
        }
        return negative ? Int(truncatingIfNeeded: 0 &- magnitude) : Int(magnitude)
    }

    /// A whole number from 0 that fits a `UInt64`.
    mutating func unsigned() throws(Refused) -> UInt64 {
        skipSpace()
        return try digits()
    }

    /// Any finite number.
    mutating func double() throws(Refused) -> Double {
        skipSpace()
        let start = offset
        try skipNumber()
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw Refused() }
        return value
    }

    /// Skips one value of any kind, checking that it is JSON.
    mutating func skipValue(depth: Int = 0) throws(Refused) {
        guard depth < Self.deepestNesting, let byte = peek() else { throw Refused() }
        switch byte {
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "{"):
            try object { (reader: inout JSONBytes, _: Key) throws(Refused) in
                try reader.skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            try array { (reader: inout JSONBytes) throws(Refused) in try reader.skipValue(depth: depth + 1) }
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): try word("null")
        default: try skipNumber()
        }
    }
}

extension JSONBytes {
    private mutating func skipSpace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    private mutating func word(_ text: StaticString) throws(Refused) {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { throw Refused() }
        for index in 0..<count where bytes[offset + index] != text.utf8Start[index] { throw Refused() }
        offset += count
    }

    /// One or more digits, without a leading zero, fraction or exponent.
    private mutating func digits() throws(Refused) -> UInt64 {
        let start = offset
        var value: UInt64 = 0
        while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 {
            let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.addingReportingOverflow(UInt64(bytes[offset] - 0x30))
            guard !overflowA, !overflowB else { throw Refused() }
            value = sum
            offset += 1
        }
        let count = offset - start
        guard count > 0, count == 1 || bytes[start] != 0x30 else { throw Refused() }
        if offset < bytes.count,
            [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[offset])
        {
            throw Refused()
        }
        return value
    }

    /// A number by JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func skipNumber() throws(Refused) {
        func isDigit(_ index: Int) -> Bool {
            index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        guard isDigit(offset) else { throw Refused() }
        if bytes[offset] == 0x30 {
            offset += 1
        } else {
            while isDigit(offset) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard isDigit(offset) else { throw Refused() }
            while isDigit(offset) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")
            {
                offset += 1
            }
            guard isDigit(offset) else { throw Refused() }
            while isDigit(offset) { offset += 1 }
        }
    }

    private mutating func skipString() throws(Refused) {
        _ = try string()
    }

    /// The bytes in `range` as text, refused unless they are valid UTF-8.
    private func decoded(_ range: Range<Int>) throws(Refused) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if slice.allSatisfy({ $0 < 0x80 }) { return String(decoding: slice, as: UTF8.self) }
        guard let text = String(validating: slice, as: UTF8.self) else { throw Refused() }
        return text
    }

    /// The bytes in `range`, which hold escapes, as text.
    private func unescaped(_ range: Range<Int>) throws(Refused) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                continue
            }
            guard index < range.upperBound else { throw Refused() }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                let scalar = try unicodeEscape(at: &index, end: range.upperBound)
                output += Array(String(Character(scalar)).utf8)
            default: throw Refused()
            }
        }
        guard let text = String(validating: output, as: UTF8.self) else { throw Refused() }
        return text
    }

    /// The scalar of `\uXXXX` (the `\u` already taken), joining a surrogate pair.
    private func unicodeEscape(at index: inout Int, end: Int) throws(Refused) -> Unicode.Scalar {
        let high = try hex4(at: &index, end: end)
        if (0xD800...0xDBFF).contains(high) {
            guard index + 1 < end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { throw Refused() }
            index += 2
            let low = try hex4(at: &index, end: end)
            guard (0xDC00...0xDFFF).contains(low),
                let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            else { throw Refused() }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else { throw Refused() }
        return scalar
    }

    private func hex4(at index: inout Int, end: Int) throws(Refused) -> UInt32 {
        guard index + 4 <= end else { throw Refused() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x61...0x66: digit = byte - 0x61 + 10
            case 0x41...0x46: digit = byte - 0x41 + 10
            default: throw Refused()
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }
}
