/// The card half of a gauge: a score placed between the lowest and highest
/// score the sorted cards allowed. `percent` is where it sits, 0 to 100.
///
/// - Problem, Team, Timing, Scope, Narrative: `score` is the summed weight
///   of the cards put on "advances you"; `lowest` and `highest` are the sums
///   of the negative and positive weights of every sorted card.
/// - Judgement: `score` is how many cards with a lesson verdict were put on
///   the lesson's pile, out of `highest` such cards (`lowest` is 0).
/// - Output / Impact: `score` is how many chosen cards are impact, out of
///   `highest` chosen cards whose nature is known (`lowest` is 0).
public struct CardPart: Equatable, Hashable, Sendable, Codable {
    /// The user's score.
    public var score: Int
    /// The lowest score the sorted cards allowed.
    public var lowest: Int
    /// The highest score the sorted cards allowed (always above `lowest`).
    public var highest: Int
    /// How many cards took part.
    public var cards: Int

    /// Creates a card part.
    public init(score: Int, lowest: Int, highest: Int, cards: Int) {
        self.score = score
        self.lowest = lowest
        self.highest = highest
        self.cards = cards
    }

    /// Where the score sits between lowest (0) and highest (100), unrounded.
    public var percent: Double {
        guard highest > lowest else { return 50 }
        return Double(score - lowest) / Double(highest - lowest) * 100
    }
}

/// The answer half of a gauge: the weighted ratings of the statements that
/// feed it, as a share of the top rating (4) on each.
public struct AnswerPart: Equatable, Hashable, Sendable, Codable {
    /// How many answered statements feed the gauge.
    public var statements: Int
    /// The sum of weight × rating over those statements.
    public var points: Int
    /// The sum of weight × 4 over those statements (always above 0).
    public var maximum: Int

    /// Creates an answer part.
    public init(statements: Int, points: Int, maximum: Int) {
        self.statements = statements
        self.points = points
        self.maximum = maximum
    }

    /// The weighted mean rating, on the 0...4 scale.
    public var meanRating: Double {
        guard maximum > 0 else { return 0 }
        return Double(points) / Double(maximum) * 4
    }

    /// Points as a share of the maximum, 0 to 100, unrounded.
    public var percent: Double {
        guard maximum > 0 else { return 50 }
        return Double(points) / Double(maximum) * 100
    }
}

/// One gauge's value and the parts it came from, so a screen can say why.
public struct GaugeReading: Equatable, Hashable, Sendable {
    /// The neutral value of a gauge that nothing has fed yet.
    public static let neutral = 50.0

    /// Which gauge.
    public let gauge: Gauge
    /// The value, 0 to 100, rounded to one decimal.
    public let value: Double
    /// The card part, when sorted cards speak to this gauge.
    public let cards: CardPart?
    /// The answer part, when answered statements feed this gauge.
    public let answers: AnswerPart?

    /// Creates a reading from its parts: the mean of the parts present, or
    /// the neutral 50 when neither is, rounded to one decimal.
    public init(gauge: Gauge, cards: CardPart?, answers: AnswerPart?) {
        self.gauge = gauge
        self.cards = cards
        self.answers = answers
        let parts = [cards?.percent, answers?.percent].compactMap { $0 }
        let raw = parts.isEmpty ? Self.neutral : parts.reduce(0, +) / Double(parts.count)
        value = Self.tenth(raw)
    }

    /// A reading with no parts: the neutral 50.
    public static func neutral(_ gauge: Gauge) -> GaugeReading {
        GaugeReading(gauge: gauge, cards: nil, answers: nil)
    }

    /// The band the value falls in.
    public var band: GaugeBand { GaugeBand(value: value) }

    /// `value` rounded to one decimal, halves away from zero.
    static func tenth(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// Why the gauge reads what it does, in one line, such as
    /// "cards: +3 between -2 and +5 → 71.4; answers: 3.0 of 4 on 2 statements → 75.0".
    public var explanation: String {
        var pieces: [String] = []
        if let cards { pieces.append("cards: " + Self.describe(cards, for: gauge)) }
        if let answers {
            let noun = answers.statements == 1 ? "statement" : "statements"
            pieces.append(
                "answers: \(Self.format(answers.meanRating)) of 4 on \(answers.statements) \(noun)"
                    + " → \(Self.format(answers.percent))")
        }
        if pieces.isEmpty { return "nothing yet: neutral 50" }
        return pieces.joined(separator: "; ")
    }

    private static func describe(_ part: CardPart, for gauge: Gauge) -> String {
        let result = " → \(format(part.percent))"
        switch gauge {
        case .judgement:
            return "\(part.score) of \(part.highest) agree with the lesson" + result
        case .outputImpact:
            return "\(part.score) of \(part.highest) chosen are impact" + result
        case .problem, .team, .timing, .scope, .narrative:
            return "\(signed(part.score)) between \(signed(part.lowest)) and \(signed(part.highest))"
                + result
        }
    }

    /// A whole number with its sign: "+3", "-2", "0".
    static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }

    /// A number to one decimal, such as "71.4" or "-3.0".
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
