/// Which sorts count for agreement in a room: a card the lesson leaves
/// open (two of its own principles pull apart) is discussed rather than
/// scored, and a verdict looked at before sorting no longer tests anything.
public enum ContestedCards {
    /// Whether placing `card` on `pile` agrees with the lesson, with `peeks`
    /// looks at the verdict first: nil when it does not count (no verdict,
    /// contested, or peeked at).
    public static func agreement(_ card: Card, pile: Verdict?, peeks: Int) -> Bool? {
        guard let pile, let lesson = card.verdict, peeks == 0, !card.isContested else { return nil }
        return pile == lesson
    }
}
