extension ScorecardResult: Encodable {
    private enum Keys: String, CodingKey {
        case gauges, strongest, weakest, nextMove, decisions, answered
    }

    private enum GaugeKeys: String, CodingKey {
        case gauge, label, value, band, chapter, cards, answers, explanation
    }

    /// Encodes with stable keys: `gauges` (in display order, each with
    /// `gauge`, `label`, `value`, `band`, `chapter`, `cards`, `answers`,
    /// `explanation`; a missing part is null), `strongest`, `weakest`,
    /// `nextMove`, `decisions` and `answered`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var gauges = container.nestedUnkeyedContainer(forKey: .gauges)
        for reading in readings {
            var item = gauges.nestedContainer(keyedBy: GaugeKeys.self)
            try item.encode(reading.gauge, forKey: .gauge)
            try item.encode(reading.gauge.label, forKey: .label)
            try item.encode(reading.value, forKey: .value)
            try item.encode(reading.band, forKey: .band)
            try item.encode(reading.gauge.chapter, forKey: .chapter)
            try item.encode(reading.cards, forKey: .cards)
            try item.encode(reading.answers, forKey: .answers)
            try item.encode(reading.explanation, forKey: .explanation)
        }
        try container.encode(strongest, forKey: .strongest)
        try container.encode(weakest, forKey: .weakest)
        try container.encode(nextMove, forKey: .nextMove)
        try container.encode(decisionCount, forKey: .decisions)
        try container.encode(answeredCount, forKey: .answered)
    }
}
