import FoundationEssentials

/// Opens a lesson file of either format, choosing the reader from the
/// file's content rather than its name.
public enum LessonLoader {
    /// Parses `text` as a lesson; `name` is the file named in errors.
    public static func load(text: String, name: String) throws(InputError) -> Module {
        guard text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw InputError(
                file: name, "the file is empty; expected a lesson in Markdown or the course's text export")
        }
        switch LessonFormat.sniff(text) {
        case .markdown: return try MarkdownModuleReader.parse(text, name: name)
        case .plainExport: return try PlainLessonImporter.parse(text, name: name)
        }
    }

    /// The largest lesson file read: far beyond any real lesson.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// Reads and parses the lesson file at `url`.
    public static func load(url: URL) throws(InputError) -> Module {
        let name = url.path
        let data = try InputFile.data(at: url, expecting: "a lesson file", maximumSize: maximumFileSize)
        return try load(text: try decode(data, name: name), name: name)
    }

    /// The UTF-8 text of `data`, or an error naming the first bad line.
    static func decode(_ data: Data, name: String) throws(InputError) -> String {
        if let text = String(validating: data, as: UTF8.self) { return text }
        var line = 1
        for chunk in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if String(validating: chunk, as: UTF8.self) == nil { break }
            line += 1
        }
        throw InputError(
            file: name, line: line, "is not UTF-8 text; save the lesson as UTF-8 and try again",
            kind: .badData)
    }
}
