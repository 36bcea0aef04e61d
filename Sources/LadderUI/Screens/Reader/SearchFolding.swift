import Foundation

/// Text folded for case- and accent-blind search, with the way back from
/// each folded scalar to the character it came from. Folding is done once
/// per text and matching is linear, so a search costs time in proportion to
/// the text, however many hits it has.
struct SearchFolding {
    /// The folded scalars.
    private(set) var scalars: [Unicode.Scalar] = []
    /// For each folded scalar, the offset of the character it came from.
    private(set) var sources: [Int] = []

    /// Folds `characters`, reusing `cache` for characters outside ASCII.
    init(_ characters: [Character], cache: inout [Character: [Unicode.Scalar]]) {
        scalars.reserveCapacity(characters.count)
        sources.reserveCapacity(characters.count)
        for (offset, character) in characters.enumerated() {
            if let ascii = character.asciiValue {
                let lower = ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii
                scalars.append(Unicode.Scalar(lower))
                sources.append(offset)
                continue
            }
            let folded = cache[character] ?? Self.fold(String(character))
            cache[character] = folded
            for scalar in folded {
                scalars.append(scalar)
                sources.append(offset)
            }
        }
    }

    /// The folded form of a query or of one character: lowercased, with
    /// accents and other combining marks taken off.
    static func fold(_ text: some StringProtocol) -> [Unicode.Scalar] {
        String(text).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            !$0.properties.isGraphemeExtend
        }
    }

    /// Every place `needle` occurs, as character ranges (start, length), not
    /// overlapping, found with Knuth–Morris–Pratt in one pass.
    func occurrences(of needle: [Unicode.Scalar], limit: Int) -> [(start: Int, length: Int)] {
        guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
        let failure = Self.failureTable(needle)
        var results: [(start: Int, length: Int)] = []
        var matched = 0
        for (index, scalar) in scalars.enumerated() {
            while matched > 0 && needle[matched] != scalar { matched = failure[matched - 1] }
            if needle[matched] == scalar { matched += 1 }
            if matched == needle.count {
                let first = sources[index - needle.count + 1]
                results.append((first, sources[index] - first + 1))
                if results.count >= limit { break }
                matched = 0
            }
        }
        return results
    }

    /// For each prefix of `needle`, the length of its longest proper prefix
    /// that is also a suffix.
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
