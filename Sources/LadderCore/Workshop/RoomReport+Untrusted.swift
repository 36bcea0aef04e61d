extension RoomReport {
    /// The longest participant name or id a report shows, in characters.
    static let longestName = 64
    /// The longest note a report shows, in characters.
    static let longestNote = 1000
    /// The most peeks one card of one file counts for: enough for anyone,
    /// and far from overflowing a sum over a room.
    static let mostPeeks = 1_000_000

    /// Text from a results file as the report, the console and every export
    /// show it: escape sequences and controls removed, bidirectional
    /// overrides shown rather than obeyed, runs of white space as one space,
    /// and at most `limit` characters (an ellipsis marks a cut). A name
    /// typed at the join prompt is already like this; a file written by
    /// hand need not be.
    static func untrusted(_ raw: String, limit: Int) -> String {
        let cleaned = Sanitizer.clean(raw)
        var text = ""
        var count = 0
        var pendingSpace = false
        for character in cleaned {
            if character.isWhitespace {
                pendingSpace = !text.isEmpty
                continue
            }
            if pendingSpace {
                text.append(" ")
                count += 1
                pendingSpace = false
            }
            guard count < limit else { return text + "…" }
            text.append(character)
            count += 1
        }
        return text
    }
}
