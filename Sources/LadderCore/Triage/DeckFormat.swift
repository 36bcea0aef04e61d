/// The formats a backlog file can come in, told apart by content rather
/// than by file extension.
public enum DeckFormat: String, Sendable, CaseIterable {
    /// A tracker's CSV export (comma, semicolon or tab separated).
    case csv
    /// A Markdown list, checklist or the bundled deck's format.
    case markdown
    /// A JSON array of cards or an object with a `cards` array.
    case json

    /// The format `text` is written in: JSON when it opens with `[` or `{`;
    /// Markdown when its first meaningful line is a heading, list item, HTML
    /// comment or quote; CSV when that line holds a comma, semicolon or tab
    /// or is a lone title column name; Markdown otherwise.
    public static func sniff(_ text: String) -> DeckFormat {
        let first = firstMeaningfulLine(text)
        if first.hasPrefix("[") || first.hasPrefix("{") { return .json }
        if first.hasPrefix("<!--") || first.hasPrefix(">") { return .markdown }
        let afterHashes = first.drop(while: { $0 == "#" })
        if afterHashes.count < first.count, afterHashes.isEmpty || afterHashes.first == " " {
            return .markdown
        }
        if let lead = first.first, "-*+•".contains(lead), first.dropFirst().first == " " { return .markdown }
        if first.first?.isNumber == true, first.contains(". ") || first.contains(") "),
            !first.contains(","), !first.contains(";"), !first.contains("\t")
        {
            return .markdown
        }
        if first.contains(",") || first.contains(";") || first.contains("\t") { return .csv }
        let bare = first.strippingQuotes().lowercased()
        return CSVColumns.titleNames.contains(bare) ? .csv : .markdown
    }

    /// The first line of `text` with anything but whitespace, trimmed, with
    /// a byte-order mark removed; read without scanning the whole text.
    private static func firstMeaningfulLine(_ text: String) -> String {
        var line = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                let trimmed = CardText.trim(String(line))
                if !trimmed.isEmpty { return trimmed }
                line = String.UnicodeScalarView()
            } else if scalar != "\u{FEFF}" {
                line.append(scalar)
            }
        }
        return CardText.trim(String(line))
    }
}

extension String {
    /// The string without double quotes at either end.
    fileprivate func strippingQuotes() -> String {
        var text = Substring(self)
        while text.first == "\"" { text = text.dropFirst() }
        while text.last == "\"" { text = text.dropLast() }
        return String(text)
    }
}
