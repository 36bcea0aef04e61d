/// Gives each card of a deck a stable identifier, unique within the deck:
/// the tracker's key when the source has one, otherwise a slug of the title;
/// repeats get `-2`, `-3`, … in deck order, so the same file always yields
/// the same ids.
struct CardIDAllocator {
    /// The longest slug kept, in characters, before suffixes.
    static let maximumSlugLength = 48

    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    /// Makes room for `count` ids in all.
    mutating func reserveCapacity(_ count: Int) {
        used.reserveCapacity(count)
    }

    /// The id for a card with `key` (preferred) or `title`, at `position`
    /// (0-based, used only when neither yields any letters or digits).
    /// `key` is already cleaned by `CardText.line`; its spaces become dashes.
    mutating func allocate(cleanKey key: String?, title: String, position: Int) -> String {
        var base = key.map(Self.dashed) ?? ""
        if base.isEmpty { base = Self.slug(title) }
        if base.isEmpty { base = "card-\(position + 1)" }
        if used.insert(base).inserted { return base }
        var suffix = nextSuffix[base] ?? 2
        while used.contains("\(base)-\(suffix)") { suffix += 1 }
        let id = "\(base)-\(suffix)"
        nextSuffix[base] = suffix + 1
        used.insert(id)
        return id
    }

    /// A clean line with its spaces turned into dashes.
    private static func dashed(_ line: String) -> String {
        var bytes = line
        guard bytes.withUTF8({ $0.contains(UInt8(ascii: " ")) }) else { return line }
        return line.split(separator: " ").joined(separator: "-")
    }

    /// Lowercase letters and digits of `title`, other runs become one `-`.
    static func slug(_ title: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingDash = false
        var kept = 0
        for scalar in title.lowercased().unicodeScalars {
            let keep =
                scalar.isASCII
                ? (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
                : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            guard keep else {
                pendingDash = !output.isEmpty
                continue
            }
            if kept >= maximumSlugLength { break }
            if pendingDash { output.append("-") }
            pendingDash = false
            output.append(scalar)
            kept += 1
        }
        return String(output)
    }
}
