/// The two readings of a contested card: a sentence for each pile, each
/// naming the principle of the lesson that argues for it. Neither pile is
/// right, so agreement and judgement leave such a card out.
public struct ContestedReadings: Equatable, Hashable, Sendable, Codable {
    /// Why the card could be only activity ("feels productive").
    public var productive: String
    /// Why the card could be the move that counts ("advances you").
    public var advances: String

    /// Creates both readings.
    public init(productive: String, advances: String) {
        self.productive = productive
        self.advances = advances
    }

    /// The reading that argues for `verdict`'s pile.
    public func reading(for verdict: Verdict) -> String {
        switch verdict {
        case .productive: productive
        case .advances: advances
        }
    }
}
