/// Reads a module written in our Markdown format.
///
/// An optional front-matter block between `---` lines comes first (see
/// `FrontMatterReader`); then `# ` starts a chapter and `## ` (or deeper) a
/// section heading. Paragraphs are runs of non-blank lines joined with a
/// space; `- `, `* ` and `1. ` start list items, whose continuation lines are
/// indented; `> ` lines are block quotes, and a bare `>` separates two quotes.
/// Inline text may use `*emphasis*`, `_emphasis_`, `**strong**`, `` `code` ``
/// and backslash escapes. All text is sanitised.
public enum MarkdownModuleReader {
    /// Parses `text` as a Markdown module; `name` is the file named in errors.
    public static func parse(_ text: String, name: String) throws(InputError) -> Module {
        let lines = SourceLine.split(text)
        let front = try FrontMatterReader.read(lines, file: name)
        var reader = MarkdownBlockReader(lines: lines, file: name)
        let chapters = try reader.chapters(from: front.bodyStart)
        guard let first = chapters.first else {
            throw InputError(
                file: name, line: max(lines.count, 1),
                "the module has no chapters; expected a chapter heading such as `# Finding Leverage`")
        }
        let meta = try FrontMatterReader.meta(front, fallbackTitle: first.title, file: name)
        return Module(meta: meta, chapters: chapters)
    }
}
