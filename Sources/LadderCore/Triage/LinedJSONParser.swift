/// A strict JSON parser (RFC 8259) over UTF-8 bytes that tracks lines, so a
/// syntax error reads `file:line: message` and every value knows its line.
/// Nesting is capped so hostile input cannot exhaust the stack.
struct LinedJSONParser {
    /// The deepest nesting of arrays and objects accepted.
    static let maximumDepth = 200

    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1
    private var depth = 0

    /// Parses the whole of `text`; errors name `file`.
    static func parse(_ text: String, file: String) throws(InputError) -> LinedJSON {
        var parser = LinedJSONParser(bytes: Array(text.utf8), file: file)
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        let value = try parser.value()
        parser.skipWhitespace()
        if parser.index < parser.bytes.count {
            throw parser.failure("unexpected \(parser.describeCurrent()) after the end of the JSON value")
        }
        return value
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// Any value, with the bytes it spans.
    private mutating func value() throws(InputError) -> LinedJSON {
        skipWhitespace()
        guard index < bytes.count else { throw failure("unexpected end of file; expected a value") }
        let startLine = line
        let startIndex = index
        let kind: LinedJSON.Kind
        switch bytes[index] {
        case UInt8(ascii: "{"): kind = .object(try object())
        case UInt8(ascii: "["): kind = .array(try array())
        case UInt8(ascii: "\""): kind = .string(try string())
        case UInt8(ascii: "t"): kind = try literal("true", .bool(true))
        case UInt8(ascii: "f"): kind = try literal("false", .bool(false))
        case UInt8(ascii: "n"): kind = try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): kind = .number(try number())
        default: throw failure("unexpected \(describeCurrent()); expected a value")
        }
        return LinedJSON(kind: kind, line: startLine, start: startIndex, end: index)
    }

    /// An array; `index` is at `[`.
    private mutating func array() throws(InputError) -> [LinedJSON] {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [LinedJSON] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return elements }
        while true {
            elements.append(try value())
            skipWhitespace()
            if consume(UInt8(ascii: "]")) { return elements }
            guard consume(UInt8(ascii: ",")) else {
                throw failure("unexpected \(describeCurrent()); expected ',' or ']' in an array")
            }
        }
    }

    /// An object; `index` is at `{`. A repeated key keeps its last value.
    private mutating func object() throws(InputError) -> [String: LinedJSON] {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [String: LinedJSON] = [:]
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return members }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure("unexpected \(describeCurrent()); expected a quoted member name")
            }
            let nameStart = index
            let key = try string()
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else {
                throw failure("unexpected \(describeCurrent()); expected ':' after a member name")
            }
            var member = try value()
            member.nameStart = nameStart
            members[key] = member
            skipWhitespace()
            if consume(UInt8(ascii: "}")) { return members }
            guard consume(UInt8(ascii: ",")) else {
                throw failure("unexpected \(describeCurrent()); expected ',' or '}' in an object")
            }
        }
    }

    /// A string; `index` is at its opening quote.
    private mutating func string() throws(InputError) -> String {
        index += 1
        var output: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: output, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &output)
            case 0x00..<0x20:
                throw failure("a string holds a raw control character or line break; escape it")
            default:
                output.append(byte)
            }
        }
        throw failure("unexpected end of file inside a string")
    }

    /// One escape sequence; `index` is just after the backslash.
    private mutating func escape(into output: inout [UInt8]) throws(InputError) {
        guard index < bytes.count else { throw failure("unexpected end of file inside a string") }
        let byte = bytes[index]
        index += 1
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
            UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
            UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let replacement = simple[byte] {
            output.append(replacement)
            return
        }
        guard byte == UInt8(ascii: "u") else { throw failure("unknown escape sequence in a string") }
        var code = try hexQuad()
        if (0xD800...0xDBFF).contains(code), bytes[index...].starts(with: [0x5C, UInt8(ascii: "u")]) {
            index += 2
            let low = try hexQuad()
            guard (0xDC00...0xDFFF).contains(low) else { throw failure("invalid surrogate pair in a string") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
        output.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    /// Four hex digits after `\u`.
    private mutating func hexQuad() throws(InputError) -> UInt32 {
        guard index + 4 <= bytes.count,
            let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw failure("expected four hex digits after \\u") }
        index += 4
        return code
    }

    /// A number, checked against JSON's grammar.
    private mutating func number() throws(InputError) -> Double {
        let start = index
        _ = consume(UInt8(ascii: "-"))
        if !consume(UInt8(ascii: "0")) {
            guard digits() > 0 else { throw failure("malformed number") }
        }
        if consume(UInt8(ascii: ".")) {
            guard digits() > 0 else { throw failure("malformed number: expected digits after '.'") }
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard digits() > 0 else { throw failure("malformed number: expected an exponent") }
        }
        guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
            throw failure("malformed number")
        }
        return value
    }

    /// Skips ASCII digits; returns how many.
    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            index += 1
        }
        return index - start
    }

    /// `word` (true, false or null) standing for `kind`.
    private mutating func literal(_ word: String, _ kind: LinedJSON.Kind) throws(InputError) -> LinedJSON.Kind
    {
        guard bytes[index...].starts(with: word.utf8) else {
            throw failure("unexpected \(describeCurrent()); expected a value")
        }
        index += word.utf8.count
        return kind
    }

    /// Counts one more level of nesting, refusing too many.
    private mutating func enter() throws(InputError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw failure("nesting is deeper than \(Self.maximumDepth) levels")
        }
    }

    /// Skips JSON whitespace, counting line feeds.
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"): line += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return
            }
            index += 1
        }
    }

    /// Consumes `byte` when it is next.
    private mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// The next character, quoted, or "end of file".
    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let byte = bytes[index]
        if (0x21...0x7E).contains(byte) { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count < 2 ? "0" + hex : hex)
    }

    /// An error at the current line.
    private func failure(_ message: String) -> InputError {
        InputError(file: file, line: line, message)
    }
}
