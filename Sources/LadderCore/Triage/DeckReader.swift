import FoundationEssentials

/// Reads a backlog from a CSV, Markdown or JSON file, telling the format
/// from the content. All text is sanitised; every card gets a stable id.
public enum DeckReader {
    /// The largest file read, in bytes (a backlog, not a database dump).
    public static let maximumFileSize = 64 * 1024 * 1024

    /// The deck in `text`. `name` is the file as the user named it: errors
    /// carry it, and its last path component without extension is the deck's
    /// title when the content names none.
    public static func read(text: String, name: String) throws(InputError) -> Deck {
        try read(text: text, name: name, format: nil)
    }

    /// The deck in `text` read as `format`, or as the sniffed format when
    /// `format` is nil.
    public static func read(text: String, name: String, format: DeckFormat?) throws(InputError) -> Deck {
        try checkReadable(text, name: name)
        let title = defaultTitle(for: name)
        switch format ?? DeckFormat.sniff(text) {
        case .csv: return try CSVDeckReader.read(text: text, file: name, title: title)
        case .markdown: return try MarkdownDeckReader.read(text: text, file: name, title: title)
        case .json: return try JSONDeckReader.read(text: text, file: name, title: title)
        }
    }

    /// Throws when `text` is blank or looks binary.
    static func checkReadable(_ text: String, name: String) throws(InputError) {
        if text.unicodeScalars.allSatisfy({ CardText.isSpace($0) || $0 == "\u{FEFF}" }) {
            throw InputError(file: name, "the file is empty; expected a CSV, Markdown or JSON backlog")
        }
        if looksBinary(text) {
            throw InputError(file: name, "this looks like binary data, not a CSV, Markdown or JSON backlog")
        }
    }

    /// The deck in the file at `url`; a missing or unreadable file is a
    /// `.noInput` error, text that is not UTF-8 a `.badData` one.
    public static func read(url: URL) throws(InputError) -> Deck {
        try read(text: text(at: url), name: url.path)
    }

    /// The text of the file at `url`, checked to be a readable UTF-8 file.
    static func text(at url: URL) throws(InputError) -> String {
        let path = url.path
        let what = "a CSV, Markdown or JSON backlog"
        let data = try InputFile.data(at: url, expecting: what, maximumSize: maximumFileSize)
        return try InputFile.text(data, file: path, expecting: what)
    }

    /// The title a deck gets from its file name: the last path component
    /// without its extension.
    static func defaultTitle(for name: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }

    /// True when the start of `text` holds a NUL or many control characters.
    private static func looksBinary(_ text: String) -> Bool {
        var controls = 0
        var seen = 0
        for scalar in text.unicodeScalars.prefix(4096) {
            seen += 1
            switch scalar.value {
            case 0: return true
            case 0x09, 0x0A, 0x0D: continue
            case 0x01...0x1F, 0x7F, 0xFFFD: controls += 1
            default: continue
            }
        }
        return controls * 10 > seen
    }
}
