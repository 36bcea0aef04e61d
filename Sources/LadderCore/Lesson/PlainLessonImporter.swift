/// Imports the course's plain-text lesson export.
///
/// The export keeps no markup: a header block (see `PlainHeaderReader`), then
/// headings as short title-case lines (see `PlainHeadingHeuristic`),
/// paragraphs as long lines, list items as lines starting with "•", and a
/// closing navigation line ("↑ Back to the index") that is dropped. Heading
/// levels are lost in the export, so every heading becomes its own chapter;
/// text before the first heading goes into an "Introduction" chapter.
public enum PlainLessonImporter {
    /// The chapter title used for body text that comes before any heading.
    public static let introductionTitle = "Introduction"

    /// Parses `text` as a plain lesson export; `name` is the file named in errors.
    public static func parse(_ text: String, name: String) throws(InputError) -> Module {
        let lines = SourceLine.split(text)
        let header = try PlainHeaderReader.read(lines, file: name)
        var reader = PlainBodyReader(lines: lines, start: header.bodyStart)
        let chapters = reader.chapters()
        guard !chapters.isEmpty else {
            let line = lines.count > header.bodyStart ? lines[header.bodyStart].number : max(lines.count, 1)
            throw InputError(
                file: name, line: line,
                "no chapters after the header; expected headings (short title-case lines) and text")
        }
        return Module(meta: header.meta, chapters: chapters)
    }
}
