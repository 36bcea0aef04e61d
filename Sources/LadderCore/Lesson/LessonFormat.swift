/// The lesson file formats `LessonLoader` understands.
public enum LessonFormat: Equatable, Sendable {
    /// Our Markdown module format (`MarkdownModuleReader`).
    case markdown
    /// The course's plain-text export (`PlainLessonImporter`).
    case plainExport

    /// Guesses the format from the content: Markdown when the first non-blank
    /// line is a `---` front-matter fence or any line is a `#` heading;
    /// otherwise the plain export, which has no markup at all.
    public static func sniff(_ text: String) -> LessonFormat {
        let lines = SourceLine.split(text)
        if lines.first(where: { !$0.isBlank })?.trimmed == "---" { return .markdown }
        let hasHeading = lines.contains { line in
            guard line.text.utf8.first == UInt8(ascii: "#") else { return false }
            if case .heading = MarkdownLineKind(line) { return line.indent == 0 }
            return false
        }
        return hasHeading ? .markdown : .plainExport
    }
}
