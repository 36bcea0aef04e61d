/// One gauge of the leverage profile: its value and the evidence behind its
/// two halves, so a screen can say why it reads so and how much stands
/// behind it.
///
/// Each half reads `GaugeEvidence.share` (50 with nothing behind it) and the
/// gauge is their mean, rounded to one decimal. Until `enoughItems` cards and
/// answers stand behind a gauge, it has no band and screens say "not enough
/// yet" instead of a score.
public struct GaugeReading: Equatable, Hashable, Sendable {
    /// The value of a gauge with nothing behind it.
    public static let neutral = 50.0
    /// How many cards and answers together a gauge needs before it shows a score.
    public static let enoughItems = 3

    /// Which gauge.
    public let gauge: Gauge
    /// The value, 0 to 100, rounded to one decimal.
    public let value: Double
    /// The evidence from sorted cards.
    public let cards: GaugeEvidence
    /// The evidence from answered statements.
    public let answers: GaugeEvidence

    /// Creates a reading from its halves: ½ × cards + ½ × answers.
    public init(gauge: Gauge, cards: GaugeEvidence = .none, answers: GaugeEvidence = .none) {
        self.gauge = gauge
        self.cards = cards
        self.answers = answers
        value = Self.tenth((cards.share + answers.share) / 2)
    }

    /// A reading with nothing behind it.
    public static func neutral(_ gauge: Gauge) -> GaugeReading { GaugeReading(gauge: gauge) }

    /// Cards and answers behind the gauge.
    public var evidenceCount: Int { cards.items + answers.items }

    /// True once enough stands behind the gauge for its value to be shown.
    public var isEnough: Bool { evidenceCount >= Self.enoughItems }

    /// The band the value falls in; nil while there is not enough evidence.
    public var band: GaugeBand? { isEnough ? GaugeBand(value: value) : nil }

    /// "3 cards, 2 answers", "1 card", "nothing yet".
    public var evidenceText: String {
        var parts: [String] = []
        if cards.items > 0 { parts.append(Self.count(cards.items, "card")) }
        if answers.items > 0 { parts.append(Self.count(answers.items, "answer")) }
        return parts.isEmpty ? "nothing yet" : parts.joined(separator: ", ")
    }

    /// "3 cards" or "1 card".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)" + (number == 1 ? "" : "s")
    }

    /// `value` rounded to one decimal, halves away from zero.
    static func tenth(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// A number to one decimal, such as "71.4" or "-3.0".
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0.0" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
