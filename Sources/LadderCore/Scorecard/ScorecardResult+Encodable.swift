extension ScorecardResult: Encodable {
    private enum Keys: String, CodingKey {
        case agreement, gauges, strongest, weakest, nextMove, decisions, answered
    }

    private enum AgreementKeys: String, CodingKey {
        case agreed, judged, peeked, percent
    }

    private enum GaugeKeys: String, CodingKey {
        case gauge, label, value, enough, evidence, band, chapter, cards, answers, explanation
    }

    /// Encodes with stable keys: `agreement` (`agreed`, `judged`, `peeked`,
    /// `percent` or null), `gauges` (in display order, each with `gauge`,
    /// `label`, `value`, `enough`, `evidence` such as "3 cards, 2 answers",
    /// `band` (null while not enough), `chapter` (a chapter id), `cards` and
    /// `answers` (`items`, `units`, `favour`) and `explanation`),
    /// `strongest`, `weakest` and `nextMove` (null while no gauge is
    /// measured), `decisions` and `answered`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var lesson = container.nestedContainer(keyedBy: AgreementKeys.self, forKey: .agreement)
        try lesson.encode(agreement.agreed, forKey: .agreed)
        try lesson.encode(agreement.judged, forKey: .judged)
        try lesson.encode(agreement.peeked, forKey: .peeked)
        try lesson.encode(agreement.percent.map(GaugeReading.tenth), forKey: .percent)
        var gauges = container.nestedUnkeyedContainer(forKey: .gauges)
        for reading in readings {
            var item = gauges.nestedContainer(keyedBy: GaugeKeys.self)
            try item.encode(reading.gauge, forKey: .gauge)
            try item.encode(reading.gauge.label, forKey: .label)
            try item.encode(reading.value, forKey: .value)
            try item.encode(reading.isEnough, forKey: .enough)
            try item.encode(reading.evidenceText, forKey: .evidence)
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
