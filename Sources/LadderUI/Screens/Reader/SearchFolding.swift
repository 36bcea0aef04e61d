@_spi(_Unicode) import Swift  // String._nfd: canonical decomposition without Foundation's ICU

/// Case- and accent-blind matching of one query against a unit's text, in
/// one forward pass over the text with Knuth–Morris–Pratt: the text is
/// folded as it is read (ASCII byte by byte; other characters once each,
/// through a cache), and only the last few folded positions are remembered,
/// so a search costs time in proportion to the text and no memory for it.
struct SearchFolding: GraphemeVisitor {
    /// The folded query, as scalar values.
    private let needle: [UInt32]
    /// For each prefix of `needle`, its longest proper prefix that is also a suffix.
    private let failure: [Int]
    /// The folded form of each character beyond ASCII met so far, in any text.
    private var cache: [Character: [Unicode.Scalar]] = [:]
    /// Where the last `needle.count` folded scalars came from, round and round.
    private var starts: [Int]
    /// How much of the needle the text just read matches.
    private var matched = 0
    /// Folded scalars read from the current text.
    private var fed = 0
    private var limit = 0
    private var results: [(start: Int, length: Int)] = []

    /// A matcher for `needle`, a query already folded with `fold(_:)`.
    init(needle: [Unicode.Scalar]) {
        self.needle = needle.map(\.value)
        self.failure = Self.failureTable(self.needle)
        self.starts = [Int](repeating: 0, count: needle.count)
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
    /// One matcher serves every text of a search, so nothing is allocated
    /// for a text without hits.
    mutating func occurrences(in text: String, limit: Int) -> [(start: Int, length: Int)] {
        guard !needle.isEmpty, limit > 0 else { return [] }
        matched = 0
        fed = 0
        self.limit = limit
        results = []
        GraphemeRun(text).walk(&self)
        return results
    }

    mutating func visit(ascii byte: UInt8, at start: Int) -> Bool {
        feed(UInt32(byte >= 65 && byte <= 90 ? byte + 32 : byte), start: start, end: start + 1)
        return results.count < limit
    }

    mutating func visit(_ character: Character, at start: Int, length: Int) -> Bool {
        let folded = cache[character] ?? Self.fold(String(character))
        cache[character] = folded
        for scalar in folded where results.count < limit {
            feed(scalar.value, start: start, end: start + length)
        }
        return results.count < limit
    }

    private mutating func feed(_ scalar: UInt32, start: Int, end: Int) {
        starts[fed % needle.count] = start
        fed += 1
        while matched > 0 && needle[matched] != scalar { matched = failure[matched - 1] }
        if needle[matched] == scalar { matched += 1 }
        guard matched == needle.count else { return }
        let first = starts[fed % needle.count]
        results.append((first, end - first))
        matched = 0
    }

    private static func failureTable(_ needle: [UInt32]) -> [Int] {
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
