/// Changes one setting in a configuration file's text and leaves every
/// other line as it was: comments, blank lines, order and the other
/// settings. `ladder config set` writes what this returns.
public enum ConfigEditor {
    /// `text` with `key` set to `value`: a top-level setting, or with
    /// `inKeys`, a binding in the `[keys]` section. An existing line is
    /// rewritten in place (its comment kept); a new one goes after the last
    /// setting of its part of the file, and `[keys]` is added when missing.
    public static func set(_ key: String, to value: String, inKeys: Bool, in text: String) -> String {
        var lines =
            text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let endsWithNewline = lines.last == ""
        if endsWithNewline { lines.removeLast() }
        let target = inKeys ? ConfigParser.keysSection : nil
        let entry = "\(key) = \(value)"
        var section: String?
        var lastInTarget: Int?
        var targetHeader: Int?
        var firstHeader: Int?
        for (index, raw) in lines.enumerated() {
            let content = ThemeParser.stripComment(raw)
            if content.hasPrefix("[") {
                section = String(content.dropFirst().dropLast()).trimmingBlanks().lowercased()
                firstHeader = firstHeader ?? index
                if section == target { targetHeader = targetHeader ?? index }
                continue
            }
            guard section == target, let equals = content.firstIndex(of: "=") else { continue }
            lastInTarget = index
            if String(content[..<equals]).trimmingBlanks().lowercased() == key.lowercased() {
                lines[index] = rewrite(raw, content: content, as: entry)
                return joined(lines)
            }
        }
        if let lastInTarget {
            lines.insert(entry, at: lastInTarget + 1)
        } else if let targetHeader {
            lines.insert(entry, at: targetHeader + 1)
        } else if inKeys {
            if let last = lines.last, !last.trimmingBlanks().isEmpty { lines.append("") }
            lines += ["[\(ConfigParser.keysSection)]", entry]
        } else {
            lines.insert(entry, at: firstHeader ?? lines.count)
        }
        return joined(lines)
    }

    /// The line with its setting replaced by `entry`, its indent and any
    /// comment after the value kept.
    private static func rewrite(_ raw: String, content: String, as entry: String) -> String {
        guard let range = raw.range(of: content) else { return entry }
        return String(raw[..<range.lowerBound]) + entry + String(raw[range.upperBound...])
    }

    private static func joined(_ lines: [String]) -> String {
        lines.joined(separator: "\n") + "\n"
    }
}
