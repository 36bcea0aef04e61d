/// Changes one setting in a configuration file's text and leaves every
/// other line as it was: comments, blank lines, order, line endings and the
/// other settings. `ladder config set` writes what this returns.
public enum ConfigEditor {
    /// `text` with `key` set to `value`: a top-level setting, or with
    /// `inKeys`, a binding in the `[keys]` section. An existing line is
    /// rewritten in place (its comment kept); a new one goes after the last
    /// setting of its part of the file, and `[keys]` is added when missing.
    public static func set(_ key: String, to value: String, inKeys: Bool, in text: String) -> String {
        var lines = split(text)
        let newline = lines.first { !$0.end.isEmpty }?.end ?? "\n"
        let target = inKeys ? ConfigParser.keysSection : nil
        let entry = "\(key) = \(value)"
        var section: String?
        var lastInTarget: Int?
        var targetHeader: Int?
        var firstHeader: Int?
        for (index, line) in lines.enumerated() {
            let content = ThemeParser.stripComment(line.text)
            if content.hasPrefix("[") {
                section = String(content.dropFirst().dropLast()).trimmingBlanks().lowercased()
                firstHeader = firstHeader ?? index
                if section == target, content.hasSuffix("]") { targetHeader = targetHeader ?? index }
                continue
            }
            guard section == target, let equals = content.firstIndex(of: "=") else { continue }
            lastInTarget = index
            if String(content[..<equals]).trimmingBlanks().lowercased() == key.lowercased() {
                lines[index].text = rewrite(line.text, content: content, as: entry)
                return joined(lines)
            }
        }
        let new = (text: entry, end: newline)
        if let at = lastInTarget ?? targetHeader {
            lines.insert(new, at: at + 1)
        } else if inKeys {
            if let last = lines.last, !last.text.trimmingBlanks().isEmpty {
                lines.append((text: "", end: newline))
            }
            lines += [(text: "[\(ConfigParser.keysSection)]", end: newline), new]
        } else {
            lines.insert(new, at: firstHeader ?? lines.count)
        }
        // A line that had no ending and now has one after it gets one.
        for index in lines.indices.dropLast() where lines[index].end.isEmpty { lines[index].end = newline }
        return joined(lines)
    }

    /// The lines of `text` with their endings (`\n`, `\r\n` or `\r`, as the
    /// parser splits them); the last has none when the text does not end
    /// with one, and an empty text has no lines.
    static func split(_ text: String) -> [(text: String, end: String)] {
        let bytes = Array(text.utf8)
        var lines: [(text: String, end: String)] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x0A || bytes[index] == 0x0D else {
                index += 1
                continue
            }
            let crlf = bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
            let end = crlf ? "\r\n" : bytes[index] == 0x0D ? "\r" : "\n"
            lines.append((String(decoding: bytes[start..<index], as: UTF8.self), end))
            index += crlf ? 2 : 1
            start = index
        }
        if start < bytes.count { lines.append((String(decoding: bytes[start...], as: UTF8.self), "")) }
        return lines
    }

    /// The line with its setting replaced by `entry`, its indent and any
    /// comment after the value kept.
    private static func rewrite(_ raw: String, content: String, as entry: String) -> String {
        guard let range = raw.firstRange(of: content) else { return entry }
        return String(raw[..<range.lowerBound]) + entry + String(raw[range.upperBound...])
    }

    private static func joined(_ lines: [(text: String, end: String)]) -> String {
        lines.map { $0.text + $0.end }.joined()
    }
}
