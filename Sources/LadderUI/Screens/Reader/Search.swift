import Foundation
import LadderCore

/// A search hit: where in which chapter a query was found.
public struct SearchMatch: Equatable, Sendable {
    /// The chapter's index.
    public var chapter: Int
    /// The unit within the chapter (see `TextUnit.units(of:)`).
    public var unit: Int
    /// First character offset of the hit.
    public var start: Int
    /// Length in characters.
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
        let needle = SearchFolding.fold(query.trimmingCharacters(in: .whitespaces))
        guard !needle.isEmpty else { return [] }
        var found: [SearchMatch] = []
        var cache: [Character: [Unicode.Scalar]] = [:]
        for (chapterIndex, chapter) in module.chapters.enumerated() {
            for (unitIndex, unit) in TextUnit.units(of: chapter).enumerated() {
                let folded = SearchFolding(unit.characters, cache: &cache)
                for hit in folded.occurrences(of: needle, limit: matchLimit - found.count) {
                    found.append(
                        SearchMatch(
                            chapter: chapterIndex, unit: unitIndex, start: hit.start, length: hit.length))
                }
                if found.count >= matchLimit { return found }
            }
        }
        return found
    }
}
