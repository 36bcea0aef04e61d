/// The leverage scorecard formula: sorted cards and self-assessment answers
/// in, seven gauges from 0 to 100 out. Pure and deterministic, so a gauge
/// moves only when a decision or an answer changes, and undoing a decision
/// returns every value exactly.
///
/// Each gauge has up to two parts, each from 0 to 100:
/// - **cards**, from the sorted cards (see `CardPart`):
///   - Problem, Team, Timing, Scope, Narrative: the summed weight of that
///     dimension over the cards put on "advances you" (the work chosen),
///     placed between the worst choice the sorted cards allowed (taking only
///     the negative weights) at 0 and the best (taking only the positive
///     ones) at 100. Cards set aside on "feels productive" add nothing, so
///     choosing a card that spends leverage, or setting aside one that
///     builds it, pulls the gauge down. No card weighing on it: no part.
///   - Judgement: the share of cards with a lesson verdict that were put on
///     the lesson's pile. Cards without a verdict (a real backlog) are not
///     counted, so such a backlog leaves Judgement to the answers.
///   - Output / Impact: among the chosen cards, the share that is impact.
///     A card is output when the lesson calls it "feels productive" or,
///     without a verdict, when its weights sum below zero; impact when the
///     lesson says "advances you" or its weights sum above zero; otherwise
///     it is not counted. 100 means all impact, 0 all output.
/// - **answers**: the weighted ratings of the answered statements that feed
///   the gauge, as a share of the top rating (`AnswerPart`).
///
/// The gauge is the mean of the parts present (½ × cards + ½ × answers),
/// the single part when only one is present, or 50 when neither is;
/// rounded to one decimal, halves away from zero.
public enum Scorecard {
    /// The formula in plain lines, for the help overlay and the README.
    public static let formulaDescription: [String] = [
        "Every gauge runs from 0 to 100 and sits at a neutral 50 until something feeds it.",
        "Gauge = ½ × cards + ½ × answers; with only one part it is that part; "
            + "rounded to one decimal.",
        "Problem, Team, Timing, Scope, Narrative: cards = the summed weight of the cards you put on "
            + "\"advances you\", placed between the worst choice the sorted cards allowed (0) "
            + "and the best (100).",
        "Cards you put on \"feels productive\" are set aside and add nothing, so setting aside "
            + "a strong card or choosing a weak one pulls the gauge down.",
        "Judgement: cards = the share of cards with a lesson verdict that you put on the lesson's "
            + "pile; a real backlog without verdicts leaves Judgement to your answers.",
        "Output / Impact: cards = the share of the work you chose that is impact (100 = all impact, "
            + "0 = all output); output is what the lesson calls \"feels productive\" or, on a real "
            + "backlog, a card whose weights sum below zero.",
        "Answers = your 0–4 ratings of the statements that feed the gauge, weighted, "
            + "as a share of the top rating (4).",
    ]

    /// Computes every gauge from the sorted cards and the answers given.
    public static func compute(
        decisions: [ScoredDecision], assessment: SelfAssessment,
        statements: [AssessmentStatement] = AssessmentStatement.all
    ) -> ScorecardResult {
        let readings = Gauge.allCases.map { gauge in
            GaugeReading(
                gauge: gauge, cards: cardPart(gauge, decisions),
                answers: answerPart(gauge, assessment, statements))
        }
        return ScorecardResult(
            readings: readings, decisionCount: decisions.count,
            answeredCount: assessment.answeredCount)
    }

    /// The card part of `gauge`, nil when no sorted card speaks to it.
    public static func cardPart(_ gauge: Gauge, _ decisions: [ScoredDecision]) -> CardPart? {
        switch gauge {
        case .problem, .team, .timing, .scope, .narrative:
            return leveragePart(gauge, decisions)
        case .judgement:
            let judged = decisions.filter { $0.card.verdict != nil }
            guard !judged.isEmpty else { return nil }
            let agreed = judged.filter(\.agreesWithLesson).count
            return CardPart(score: agreed, lowest: 0, highest: judged.count, cards: judged.count)
        case .outputImpact:
            let natures = decisions.filter { $0.placed == .advances }.compactMap(isImpact)
            guard !natures.isEmpty else { return nil }
            let impact = natures.filter { $0 }.count
            return CardPart(score: impact, lowest: 0, highest: natures.count, cards: natures.count)
        }
    }

    /// The answer part of `gauge`, nil when no answered statement feeds it.
    public static func answerPart(
        _ gauge: Gauge, _ assessment: SelfAssessment,
        _ statements: [AssessmentStatement] = AssessmentStatement.all
    ) -> AnswerPart? {
        var count = 0
        var points = 0
        var maximum = 0
        for statement in statements {
            let weight = statement.weight(for: gauge)
            guard weight > 0, let rating = assessment.rating(for: statement.id) else { continue }
            count += 1
            points += weight * rating
            maximum += weight * SelfAssessment.ratings.upperBound
        }
        guard maximum > 0 else { return nil }
        return AnswerPart(statements: count, points: points, maximum: maximum)
    }

    /// True for impact, false for output, nil when the card's nature is unknown.
    static func isImpact(_ decision: ScoredDecision) -> Bool? {
        switch decision.card.verdict {
        case .advances: return true
        case .productive: return false
        case nil:
            let net = decision.card.weights.net
            return net == 0 ? nil : net > 0
        }
    }

    private static func leveragePart(_ gauge: Gauge, _ decisions: [ScoredDecision]) -> CardPart? {
        var lowest = 0
        var highest = 0
        var score = 0
        var cards = 0
        for decision in decisions {
            let weight = decision.card.weights.weight(for: gauge) ?? 0
            guard weight != 0 else { continue }
            cards += 1
            lowest += min(0, weight)
            highest += max(0, weight)
            if decision.placed == .advances { score += weight }
        }
        guard highest > lowest else { return nil }
        return CardPart(score: score, lowest: lowest, highest: highest, cards: cards)
    }
}
