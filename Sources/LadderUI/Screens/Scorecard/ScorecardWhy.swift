import LadderCore

/// Why a gauge reads what it does, in the few words a gauge row has room
/// for, such as "cards 5/6 built it → 75.0 · answers 3.0 of 4 → 70.0".
/// The full sentence is `GaugeReading.explanation`, used in exports.
enum ScorecardWhy {
    /// The short reason, nil when nothing feeds the gauge yet.
    static func text(for reading: GaugeReading) -> String? {
        var parts: [String] = []
        if !reading.cards.isEmpty {
            parts.append(describe(reading.cards, reading.gauge) + " → " + tenth(reading.cards.share))
        }
        if !reading.answers.isEmpty {
            parts.append("answers \(tenth(reading.meanRating)) of 4 → \(tenth(reading.answers.share))")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The card half in words.
    private static func describe(_ cards: GaugeEvidence, _ gauge: Gauge) -> String {
        let favour = Int(cards.favour.rounded())
        switch gauge {
        case .judgement: return "calls \(favour)/\(cards.units) as the lesson"
        case .outputImpact: return "chosen \(favour)/\(cards.items) impact"
        case .problem, .team, .timing, .scope, .narrative, .compounding:
            return "cards \(favour)/\(cards.units) built it"
        }
    }

    /// A number to one decimal: "76.5", "-3.0".
    static func tenth(_ value: Double) -> String {
        guard value.isFinite else { return "0.0" }
        let tenths = Int((value * 10).rounded())
        let magnitude = abs(tenths)
        return (tenths < 0 ? "-" : "") + "\(magnitude / 10).\(magnitude % 10)"
    }
}
