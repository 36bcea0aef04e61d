import FoundationEssentials
import LadderCore

/// A search hit: where in which chapter a query was found.
public struct SearchMatch: Equatable, Sendable {
    /// The chapter's index.
    public var chapter: Int
    /// The unit within the chapter (see `TextUnit.units(of:)`).
    public var unit: Int
    /// First UTF-8 offset of the hit in the unit's text.
    public var start: Int
    /// Length in UTF-8 bytes (whole graphemes).
    public var length: Int
}

/// Case- and diacritic-insensitive search across every chapter of a module,
/// in time linear in the module's text.
public enum Search {
    /// The most hits one search collects; a query that matches more (a
    /// single letter in a huge file) stops there.
    public static let matchLimit = 100_000

    /// Every hit of `query` in `module`, in reading order, up to `matchLimit`.
    public static func matches(of query: String, in module: Module) -> [SearchMatch] {
        let needle = SearchFolding.fold(query.trimmingSpaces())
        guard !needle.isEmpty else { return [] }
        var matcher = SearchFolding(needle: needle)
        var found: [SearchMatch] = []
        for (chapterIndex, chapter) in module.chapters.enumerated() {
            var unitIndex = 0
            TextUnit.forEachText(of: chapter) { text in
                for hit in matcher.occurrences(in: text, limit: matchLimit - found.count) {
                    found.append(
                        SearchMatch(
                            chapter: chapterIndex, unit: unitIndex, start: hit.start, length: hit.length))
                }
                unitIndex += 1
                return found.count < matchLimit
            }
            if found.count >= matchLimit { return found }
        }
        return found
    }
}
