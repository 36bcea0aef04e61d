/// The running prose of one of our Markdown documents (the bundled module or
/// a deck), as segments of text ready to be cut into sentences.
///
/// Left out: front matter, HTML comments, headings, blank lines and metadata
/// fields (`chapter:`, `weights:`). List markers, quote markers, a card's
/// `[verdict]` tag and a field's `key:` are stripped; an indented line with no
/// marker continues the segment above it.
enum ProseLines {
    /// Fields whose values are data, not prose.
    static let dataFields: Set<String> = ["chapter", "weights"]

    /// The prose segments of `document`, in order.
    static func segments(of document: String) -> [String] {
        var segments: [String] = []
        var current: String?
        func flush() {
            if let text = current { segments.append(text) }
            current = nil
        }
        var skipping = Skipping.none
        for (index, raw) in document.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if skipping.continues(after: line) { continue }
            if index == 0, line == "---" {
                skipping = .frontMatter
                continue
            }
            if line.hasPrefix("<!--") {
                flush()
                if !line.contains("-->") { skipping = .comment }
                continue
            }
            if line.isEmpty || line.hasPrefix("#") || dataFields.contains(fieldKey(of: line) ?? "") {
                flush()
                continue
            }
            if let body = blockBody(of: line) {
                flush()
                current = body
            } else {
                current = current.map { $0 + " " + line } ?? line
            }
        }
        flush()
        return segments
    }

    /// What is being skipped: front matter or a comment, until its closing line.
    private enum Skipping {
        case none, frontMatter, comment

        /// Whether `line` is still skipped; clears itself at the closing line.
        mutating func continues(after line: String) -> Bool {
            switch self {
            case .none: return false
            case .frontMatter: if line == "---" { self = .none }
            case .comment: if line.contains("-->") { self = .none }
            }
            return true
        }
    }

    /// The text of a line that starts a block (a list item, a quote, a field),
    /// without its marker; nil for a line of running text.
    private static func blockBody(of line: String) -> String? {
        var body = Substring(line)
        if let key = fieldKey(of: line) {
            return String(body.dropFirst(key.count + 1)).trimmingCharacters(in: .whitespaces)
        }
        if body.hasPrefix("- ") || body.hasPrefix("* ") || body.hasPrefix("> ") {
            body = body.dropFirst(2)
        } else if let dot = body.firstIndex(of: "."), dot > body.startIndex,
            body[..<dot].allSatisfy(\.isNumber), body[body.index(after: dot)...].hasPrefix(" ")
        {
            body = body[body.index(after: dot)...]
        } else {
            return nil
        }
        body = body.drop { $0 == " " }
        if body.hasPrefix("["), let close = body.firstIndex(of: "]") {
            body = body[body.index(after: close)...]
        }
        return body.trimmingCharacters(in: .whitespaces)
    }

    /// The key of a `key: value` field line (a single lowercase word), or nil.
    private static func fieldKey(of line: String) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon]
        guard !key.isEmpty, key.allSatisfy({ $0.isLowercase || $0 == "-" }) else { return nil }
        return String(key)
    }
}
