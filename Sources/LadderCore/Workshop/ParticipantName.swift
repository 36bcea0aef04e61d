/// A participant's name as typed at the join prompt, cleaned up: escape
/// sequences and control characters removed, spaces collapsed, at most
/// `maximumLength` characters. Two names that differ only in case or
/// spacing are the same participant's name (`key`).
public struct ParticipantName: Equatable, Hashable, Sendable {
    /// The longest name kept, in characters.
    public static let maximumLength = 32

    /// The name as shown.
    public let display: String

    /// Cleans `raw`; throws when nothing usable is left.
    public init(_ raw: String) throws(ParticipantNameError) {
        let cleaned = Sanitizer.clean(raw)
        let words = cleaned.split(whereSeparator: { $0.isWhitespace })
        var joined = words.joined(separator: " ")
        guard !joined.isEmpty else { throw .empty }
        guard joined.contains(where: { $0.isLetter || $0.isNumber }) else { throw .noLetters }
        if joined.count > Self.maximumLength {
            joined = joined.prefix(Self.maximumLength).trimmingSpaces()
        }
        display = joined
    }

    /// What makes two names the same: lower case, single spaces.
    public var key: String { display.lowercased() }

    /// A file name stem for the name: an ASCII slug (so any file system and
    /// shell take it) and a hash of the key (so names that slug alike, such
    /// as "Zoë" and "Zoe", still get their own file).
    public var fileStem: String {
        var slug = ""
        for scalar in key.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        var hasher = StableHash()
        hasher.combine(key)
        let stem = String(slug.prefix(24))
        return (stem.isEmpty ? "participant" : stem) + "-" + hasher.hex.prefix(8)
    }
}

/// Why a typed name was refused.
public enum ParticipantNameError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing but spaces (or control characters).
    case empty
    /// No letter or digit at all.
    case noLetters

    /// Said to the participant.
    public var description: String {
        switch self {
        case .empty: "a name is needed"
        case .noLetters: "a name needs at least one letter or digit"
        }
    }
}
