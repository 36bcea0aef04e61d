/// The lesson file formats `LessonLoader` understands.
public enum LessonFormat: Equatable, Sendable {
    /// Our Markdown module format (`MarkdownModuleReader`).
    case markdown
    /// The course's plain-text export (`PlainLessonImporter`).
    case plainExport

    /// Guesses the format from the content: Markdown when the first non-blank
    /// line is a `---` front-matter fence or any line is a `#` heading;
    /// otherwise the plain export, which has no markup at all. Reads the
    /// lines in place and stops at the first sign of Markdown.
    public static func sniff(_ text: String) -> LessonFormat {
        var format = LessonFormat.plainExport
        var seenText = false
        var number = 0
        SourceLine.forEachLine(in: text) { bytes in
            number += 1
            // Once the first line with text is seen, only a line that may
            // start with `#` once cleaned needs a closer look.
            let first = bytes.first ?? 0x20
            let mayBeHeading = first == UInt8(ascii: "#") || first >= 0x7F || (first < 0x20 && first != 0x09)
            guard !seenText || mayBeHeading else { return true }
            let line = SourceLine(number: number, text: SourceLine.cleaned(bytes))
            if !seenText && !line.isBlank {
                seenText = true
                if line.trimmed == "---" {
                    format = .markdown
                    return false
                }
            }
            guard line.text.utf8.first == UInt8(ascii: "#"), case .heading = MarkdownLineKind(line) else {
                return true
            }
            format = .markdown
            return false
        }
        return format
    }
}
