/// Reads the `---` front-matter block at the top of a Markdown module.
///
/// Keys: `title`, `subtitle`, `course`, `module`, `lesson` (a whole number)
/// and `reading-time` (minutes, such as `17` or `17 min`). Values may be
/// wrapped in quotes; lines starting with `#` are comments.
enum FrontMatterReader {
    /// The keys the front matter may hold, in the order we document them.
    static let keys = ["title", "subtitle", "course", "module", "lesson", "reading-time"]

    /// What a front-matter block held.
    struct Block {
        /// Each key's value, sanitised.
        var values: [String: String] = [:]
        /// The line each key was given on.
        var lineNumbers: [String: Int] = [:]
        /// The index (into the file's lines) of the first line after the block.
        var bodyStart = 0
    }

    /// The front matter at the start of `lines`; an empty block when there is none.
    static func read(_ lines: [SourceLine], file: String) throws(InputError) -> Block {
        guard let first = lines.first, isFence(first) else { return Block() }
        guard let closeIndex = lines.dropFirst().firstIndex(where: isFence) else {
            throw InputError(
                file: file, line: first.number,
                "front matter opened here is never closed; expected a line with just `---`")
        }
        var block = Block(bodyStart: closeIndex + 1)
        for line in lines[1..<closeIndex] where !line.isBlank && !line.trimmed.hasPrefix("#") {
            let (key, value) = try entry(line, file: file)
            if let earlier = block.lineNumbers[key] {
                throw InputError(
                    file: file, line: line.number, "`\(key)` is given twice (first on line \(earlier))")
            }
            block.values[key] = value
            block.lineNumbers[key] = line.number
        }
        return block
    }

    /// Builds module details from front-matter values, checking the numbers.
    static func meta(_ block: Block, fallbackTitle: String, file: String) throws(InputError) -> ModuleMeta {
        let values = block.values
        let lines = block.lineNumbers
        var meta = ModuleMeta(title: values["title"] ?? fallbackTitle)
        meta.subtitle = values["subtitle"]
        meta.course = values["course"]
        meta.module = values["module"]
        if let lesson = values["lesson"] {
            guard let number = Int(lesson), number >= 0 else {
                throw InputError(
                    file: file, line: lines["lesson"],
                    "`lesson` must be a whole number such as 50, not “\(lesson)”")
            }
            meta.lessonNumber = number
        }
        if let time = values["reading-time"] {
            guard let minutes = minutes(in: time) else {
                throw InputError(
                    file: file, line: lines["reading-time"],
                    "`reading-time` must be minutes such as `17` or `17 min`, not “\(time)”")
            }
            meta.readingMinutes = minutes
        }
        return meta
    }

    /// Whether `line` is a `---` fence.
    private static func isFence(_ line: SourceLine) -> Bool { line.trimmed == "---" }

    /// One `key: value` line, checked against the known keys.
    private static func entry(_ line: SourceLine, file: String) throws(InputError) -> (String, String) {
        guard let colon = line.text.firstIndex(of: ":") else {
            throw InputError(file: file, line: line.number, "expected `key: value` in the front matter")
        }
        let key = SourceLine.trim(line.text[..<colon]).lowercased()
        guard keys.contains(key) else {
            let known = keys.joined(separator: ", ")
            throw InputError(
                file: file, line: line.number, "unknown front-matter key “\(key)”; expected one of: \(known)")
        }
        let value = unquoted(SourceLine.trim(line.text[line.text.index(after: colon)...]))
        guard !value.isEmpty else {
            throw InputError(file: file, line: line.number, "`\(key)` has no value")
        }
        return (key, Sanitizer.clean(value))
    }

    /// `value` without one pair of matching surrounding quotes.
    private static func unquoted(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }

    /// Whole minutes from `17`, `17 min`, `17 mins` or `17 minutes`.
    private static func minutes(in text: String) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let unit = SourceLine.trim(text.dropFirst(digits.count)).lowercased()
        guard let minutes = Int(digits), ["", "min", "mins", "minute", "minutes", "min read"].contains(unit)
        else {
            return nil
        }
        return minutes
    }
}
