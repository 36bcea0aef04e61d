/// Decides whether a line of a plain lesson export reads like a heading.
///
/// The export keeps no markup, so a heading is recognised by its shape: a
/// short line (at most 80 characters and 12 words) that starts with a
/// capital letter or digit, is not a list item, does not trail off with `,`
/// `;` `:` or a dash, and is written in title case — at least three in four
/// of its significant words capitalised, small words such as "the", "for"
/// or "and" ignored. A line ending in `.`, `!` or `?` is a heading only when
/// it has at least four words and every significant word is capitalised
/// ("Output Feels Productive. It Is Not the Point."), which keeps short
/// sentences ("It is not.", "Go to Settings.") out. The importer also asks for a blank line (or
/// the end) after it.
enum PlainHeadingHeuristic {
    /// The longest a heading may be, in characters.
    static let maximumLength = 80
    /// The most words a heading may have.
    static let maximumWords = 12

    /// Words title case leaves in lower case.
    static let minorWords: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "nor", "of", "on",
        "or", "per", "so", "the", "to", "up", "via", "vs", "versus", "with", "yet",
    ]

    /// Whether `line` (already trimmed) looks like a heading.
    static func isHeading(_ line: String) -> Bool {
        guard !line.isEmpty, line.count <= maximumLength, let first = line.first,
            first.isUppercase || (first.isASCII && first.isNumber), let last = line.last,
            !",;:-–—".contains(last)
        else { return false }
        let words = line.split(whereSeparator: \.isWhitespace).map(letters)
        guard words.count <= maximumWords else { return false }
        let significant = words.filter { !$0.isEmpty && !minorWords.contains($0.lowercased()) }
        guard !significant.isEmpty else { return false }
        let capitalised = significant.filter { word in
            guard let initial = word.first else { return false }
            return initial.isUppercase || initial.isNumber
        }
        if ".!?".contains(last) {
            return words.count >= 4 && capitalised.count == significant.count
        }
        return capitalised.count * 4 >= significant.count * 3
    }

    /// A word without the punctuation around it ("“Quoted”," becomes "Quoted").
    private static func letters(_ word: Substring) -> String {
        let trimmed = word.drop { !$0.isLetter && !$0.isNumber }
        guard let last = trimmed.lastIndex(where: { $0.isLetter || $0.isNumber }) else { return "" }
        return String(trimmed[...last])
    }
}
