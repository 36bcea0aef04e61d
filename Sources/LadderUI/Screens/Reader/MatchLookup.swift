/// The search hits on one line of the reader, found by halving the sorted
/// hits rather than walking them: a line's cost does not grow with the
/// number of hits (up to `Search.matchLimit`).
enum MatchLookup {
    /// A hit's bytes on the line, and whether it is the current hit.
    typealias Hit = (range: Range<Int>, current: Bool)

    /// The hits of `search` in `unit` of `chapter` that overlap UTF-8 offsets `range`.
    static func hits(of search: SearchState, chapter: Int, unit: Int, overlapping range: Range<Int>) -> [Hit]
    {
        let matches = search.matches
        // Hits do not overlap and are in reading order, so their ends are too.
        var low = 0
        var high = matches.count
        while low < high {
            let middle = (low + high) / 2
            let match = matches[middle]
            if (match.chapter, match.unit, match.start + match.length) <= (chapter, unit, range.lowerBound) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        var hits: [Hit] = []
        var index = low
        while index < matches.count {
            let match = matches[index]
            guard match.chapter == chapter, match.unit == unit, match.start < range.upperBound else { break }
            hits.append((match.start..<(match.start + match.length), index == search.current))
            index += 1
        }
        return hits
    }
}
