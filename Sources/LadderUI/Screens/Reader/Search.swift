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

/// Case- and diacritic-insensitive search across every chapter of a module.
public enum Search {
    /// Every hit of `query` in `module`, in reading order.
    public static func matches(of query: String, in module: Module) -> [SearchMatch] {
        let needle = query.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return [] }
        var found: [SearchMatch] = []
        for (chapterIndex, chapter) in module.chapters.enumerated() {
            for (unitIndex, unit) in TextUnit.units(of: chapter).enumerated() {
                found += hits(of: needle, in: unit.characters).map {
                    SearchMatch(chapter: chapterIndex, unit: unitIndex, start: $0.start, length: $0.length)
                }
            }
        }
        return found
    }

    private static func hits(of needle: String, in characters: [Character]) -> [(start: Int, length: Int)] {
        let haystack = String(characters)
        var results: [(Int, Int)] = []
        var searchStart = haystack.startIndex
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        while let range = haystack.range(of: needle, options: options, range: searchStart..<haystack.endIndex)
        {
            let start = haystack.distance(from: haystack.startIndex, to: range.lowerBound)
            let length = max(1, haystack.distance(from: range.lowerBound, to: range.upperBound))
            results.append((start, length))
            searchStart = range.upperBound
            if range.isEmpty { break }
        }
        return results
    }
}
