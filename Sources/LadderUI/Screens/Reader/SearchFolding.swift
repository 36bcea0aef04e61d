@_spi(_Unicode) import Swift  // String._nfd: canonical decomposition without Foundation's ICU

/// Case- and accent-blind matching of one query against a unit's text, in
/// one forward pass over the text with Knuth–Morris–Pratt: the text is
/// folded as it is read (ASCII byte by byte; other characters once each,
/// through a cache), and only the last few folded positions are remembered,
/// so a search costs time in proportion to the text and no memory for it.
struct SearchFolding {
    /// The folded query.
    private let needle: [Unicode.Scalar]
    /// For each prefix of `needle`, its longest proper prefix that is also a suffix.
    private let failure: [Int]

    /// A matcher for `needle`, a query already folded with `fold(_:)`.
    init(needle: [Unicode.Scalar]) {
        self.needle = needle
        self.failure = Self.failureTable(needle)
    }

    /// The folded form of a query or of one character: lowercased, with
    /// accents and other combining marks taken off.
    static func fold(_ text: some StringProtocol) -> [Unicode.Scalar] {
        String(text).lowercased()._nfd.filter {
            !$0.properties.isGraphemeExtend
        }
    }

    /// Every place the query occurs in `text`, as UTF-8 ranges (start,
    /// length) covering whole graphemes, not overlapping, at most `limit`.
    /// `cache` keeps the folded form of characters beyond ASCII.
    func occurrences(in text: String, limit: Int, cache: inout [Character: [Unicode.Scalar]])
        -> [(start: Int, length: Int)]
    {
        guard !needle.isEmpty, limit > 0 else { return [] }
        var state = State(count: needle.count)
        var run = GraphemeRun(text)
        run.forEach { grapheme in
            if let ascii = grapheme.ascii {
                let lower = ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii
                feed(Unicode.Scalar(lower), grapheme, into: &state)
            } else if let character = grapheme.character {
                let folded = cache[character] ?? Self.fold(String(character))
                cache[character] = folded
                for scalar in folded { feed(scalar, grapheme, into: &state) }
            }
            return state.results.count < limit
        }
        return Array(state.results.prefix(limit))
    }

    /// The matching state: how much of the needle is matched, and where the
    /// last `needle.count` folded scalars came from.
    private struct State {
        var matched = 0
        var fed = 0
        var starts: [Int]
        var results: [(start: Int, length: Int)] = []

        init(count: Int) { starts = [Int](repeating: 0, count: count) }
    }

    private func feed(_ scalar: Unicode.Scalar, _ grapheme: Grapheme, into state: inout State) {
        state.starts[state.fed % needle.count] = grapheme.start
        state.fed += 1
        while state.matched > 0 && needle[state.matched] != scalar {
            state.matched = failure[state.matched - 1]
        }
        if needle[state.matched] == scalar { state.matched += 1 }
        guard state.matched == needle.count else { return }
        let first = state.starts[state.fed % needle.count]
        state.results.append((first, grapheme.end - first))
        state.matched = 0
    }

    private static func failureTable(_ needle: [Unicode.Scalar]) -> [Int] {
        var table = [Int](repeating: 0, count: needle.count)
        var length = 0
        var index = 1
        while index < needle.count {
            if needle[index] == needle[length] {
                length += 1
                table[index] = length
                index += 1
            } else if length > 0 {
                length = table[length - 1]
            } else {
                index += 1
            }
        }
        return table
    }
}
