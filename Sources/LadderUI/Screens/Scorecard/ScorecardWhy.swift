import LadderCore

/// Why a gauge reads what it does, in the few words a gauge row has room
/// for, such as "cards +6 in -7…+10 → 76.5 · answers 1.0 of 4 → 25.0".
/// The full sentence is `GaugeReading.explanation`, used in exports.
enum ScorecardWhy {
    /// The short reason, nil when nothing feeds the gauge yet.
    static func text(for reading: GaugeReading) -> String? {
        var parts: [String] = []
        if let cards = reading.cards { parts.append("cards " + describe(cards, reading.gauge)) }
        if let answers = reading.answers {
            parts.append("answers \(tenth(answers.meanRating)) of 4 → \(tenth(answers.percent))")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The card part in words.
    private static func describe(_ part: CardPart, _ gauge: Gauge) -> String {
        let result = " → \(tenth(part.percent))"
        switch gauge {
        case .judgement: return "\(part.score) of \(part.highest) agree" + result
        case .outputImpact: return "\(part.score) of \(part.highest) impact" + result
        case .problem, .team, .timing, .scope, .narrative:
            return "\(signed(part.score)) in \(signed(part.lowest))…\(signed(part.highest))" + result
        }
    }

    /// "+3", "-2", "0".
    static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }

    /// A number to one decimal: "76.5", "-3.0".
    static func tenth(_ value: Double) -> String {
        guard value.isFinite else { return "0.0" }
        let tenths = Int((value * 10).rounded())
        let magnitude = abs(tenths)
        return (tenths < 0 ? "-" : "") + "\(magnitude / 10).\(magnitude % 10)"
    }
}
