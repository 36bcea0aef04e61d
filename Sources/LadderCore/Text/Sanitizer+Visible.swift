extension Sanitizer {
    /// `text` with every control character shown rather than obeyed: C0
    /// controls in caret notation (`^[` for Escape), DEL as `^?`, C1 controls
    /// and bidirectional or zero-width controls as `<U+202E>`. For names the
    /// user must recognise, such as file paths in messages, where dropping
    /// characters would name a different file.
    public static func visible(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F:
                output += "^" + String(Character(Unicode.Scalar(UInt8(scalar.value + 0x40))))
            case 0x7F:
                output += "^?"
            case 0x80...0x9F, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                output += "<U+" + String(scalar.value, radix: 16, uppercase: true) + ">"
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
