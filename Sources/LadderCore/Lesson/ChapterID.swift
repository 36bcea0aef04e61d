import FoundationEssentials

/// Stable chapter names: `{#id}` after a heading, or a slug of the title.
public enum ChapterID {
    /// The title's slug: lowercase letters and digits, words joined by `-`.
    /// "The Two Tracks: IC and Management" becomes
    /// "the-two-tracks-ic-and-management".
    public static func slug(of title: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in title.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.append(character)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    /// Splits `Title {#id}` into the title and the id; a heading without an
    /// id comes back whole with a nil id.
    public static func split(heading: String) -> (title: String, id: String?) {
        let trimmed = heading.trimmingTrailingSpaces
        guard trimmed.hasSuffix("}"), let open = trimmed.ranges(of: "{#").last else {
            return (heading, nil)
        }
        let id = String(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)])
        guard isValid(id) else { return (heading, nil) }
        return (String(trimmed[..<open.lowerBound]).trimmingTrailingSpaces, id)
    }

    /// True for a usable id: lowercase ASCII letters, digits and `-`, not empty.
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty
            && id.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
