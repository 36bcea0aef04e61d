/// Which cards the lesson leaves open: two of its own principles pull
/// apart, so the card is discussed rather than scored. The bundled deck
/// marks them by starting the reason with "Debatable:".
public enum ContestedCards {
    /// True when `card` is contested by design.
    public static func isContested(_ card: Card) -> Bool {
        card.rationale?.hasPrefix("Debatable:") ?? false
    }

    /// Whether placing `card` on `pile` agrees with the lesson, with `peeks`
    /// looks at the verdict first: nil when it does not count (no verdict,
    /// contested, or peeked at).
    public static func agreement(_ card: Card, pile: Verdict?, peeks: Int) -> Bool? {
        guard let pile, let lesson = card.verdict, peeks == 0, !isContested(card) else { return nil }
        return pile == lesson
    }
}
