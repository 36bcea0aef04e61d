import FoundationEssentials

/// A card's result on disk: counts of zero and absent values are left out,
/// so a 1,000-card round stays small and quick to read.
extension CardResult {
    private enum CodingKeys: String, CodingKey {
        case id, pile, sequence, seconds, decidedAt, peeks, peekedAt, skips, skippedAt, undos, note, agrees,
            contested
    }

    /// Reads a card's result; missing counts are zero.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            pile: try container.decodeIfPresent(Verdict.self, forKey: .pile),
            sequence: try container.decodeIfPresent(Int.self, forKey: .sequence),
            seconds: try container.decodeIfPresent(Double.self, forKey: .seconds),
            decidedAt: try container.decodeIfPresent(Date.self, forKey: .decidedAt),
            peeks: try container.decodeIfPresent(Int.self, forKey: .peeks) ?? 0,
            peekedAt: try container.decodeIfPresent(Date.self, forKey: .peekedAt),
            skips: try container.decodeIfPresent(Int.self, forKey: .skips) ?? 0,
            skippedAt: try container.decodeIfPresent(Date.self, forKey: .skippedAt),
            undos: try container.decodeIfPresent(Int.self, forKey: .undos) ?? 0,
            note: try container.decodeIfPresent(String.self, forKey: .note),
            agrees: try container.decodeIfPresent(Bool.self, forKey: .agrees),
            contested: try container.decodeIfPresent(Bool.self, forKey: .contested))
    }

    /// Writes a card's result without zero counts or absent values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(pile, forKey: .pile)
        try container.encodeIfPresent(sequence, forKey: .sequence)
        try container.encodeIfPresent(seconds, forKey: .seconds)
        try container.encodeIfPresent(decidedAt, forKey: .decidedAt)
        if peeks != 0 { try container.encode(peeks, forKey: .peeks) }
        try container.encodeIfPresent(peekedAt, forKey: .peekedAt)
        if skips != 0 { try container.encode(skips, forKey: .skips) }
        try container.encodeIfPresent(skippedAt, forKey: .skippedAt)
        if undos != 0 { try container.encode(undos, forKey: .undos) }
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(agrees, forKey: .agrees)
        try container.encodeIfPresent(contested, forKey: .contested)
    }
}
