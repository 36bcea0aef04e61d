/// The leverage scorecard formula: sorted cards and self-assessment answers
/// in; agreement with the lesson and eight profile gauges out. Pure and
/// deterministic, so a gauge moves only when a decision or an answer
/// changes, and undoing a decision returns every value exactly.
///
/// Agreement (how you sort) and the profile (where your work and habits put
/// you) are kept apart. Each gauge has two halves, cards and answers, each
/// a `GaugeEvidence` read with a prior (`GaugeEvidence.share`); the gauge is
/// their mean (`GaugeReading`). What counts as evidence:
/// - Problem, Team, Timing, Scope, Narrative, Compounding: only the chosen
///   work ("advances you"). A chosen card weighing on the gauge brings |w|
///   units, in favour when w > 0 (the work builds it), against when w < 0.
///   Set-aside cards say how you sort, so they count only in agreement.
/// - Judgement: the cards whose lesson call hinges on judgement (a nonzero
///   judgement weight j) and whose verdict counts, each bringing |j| units,
///   in favour when sorted as the lesson does.
/// - Output → Impact: each chosen card whose nature is known brings 1 unit,
///   in favour when it is impact.
/// - Answers: a statement feeding the gauge with weight w and rated r (0–4)
///   brings w units, w × r ÷ 4 in favour.
public enum Scorecard {
    /// The formula in plain lines, for the help overlay, exports and the README.
    public static let formulaDescription: [String] = [
        "Agreement is kept apart from the profile: of the cards whose lesson verdict counts (not "
            + "contested, not peeked at), the share you sorted as the lesson does.",
        "Each profile gauge = ½ × cards + ½ × answers, rounded to one decimal; each half = (units in "
            + "favour + 1) ÷ (units + 2) × 100, so it starts at 50 and one card or answer moves a gauge by at most 13.3.",
        "A sorted card or an answered statement brings its weight (1 or 2) in units. A gauge shows a "
            + "score once 3 cards and answers stand behind it; before that it says \"not enough yet\".",
        "Problem, Team, Timing, Scope, Narrative, Compounding: only the work you chose (\"advances "
            + "you\") counts, in favour where the card builds the gauge and against where it spends it.",
        "Judgement: only cards whose lesson call hinges on judgement (a judgement weight of 1 or 2) "
            + "count, in favour when you sorted them as the lesson does; contested and peeked cards are left out.",
        "Output → Impact: each card you chose brings 1 unit, in favour when it is impact; output is "
            + "what the lesson calls \"feels productive\" or, without a verdict, weights summing below zero.",
        "Answers: a statement rated 0–4 brings its weight to each gauge it feeds, rating ÷ 4 of it "
            + "in favour.",
    ]

    /// Computes agreement and every gauge from the sorted cards and the answers given.
    public static func compute(
        decisions: [ScoredDecision], assessment: SelfAssessment,
        statements: [AssessmentStatement] = AssessmentStatement.all
    ) -> ScorecardResult {
        var cards = Array(repeating: GaugeEvidence.none, count: Gauge.allCases.count)
        var agreement = LessonAgreement()
        for decision in decisions {
            agreement.count(decision)
            visitCardEvidence(decision) { gauge, units, favour in
                cards[gauge.order].add(units: units, favour: favour)
            }
        }
        return result(
            cards: cards, agreement: agreement, decisionCount: decisions.count, assessment: assessment,
            statements: statements)
    }

    /// The result for card evidence already gathered (indexed by `Gauge.order`)
    /// and the answers in `assessment`.
    static func result(
        cards: [GaugeEvidence], agreement: LessonAgreement, decisionCount: Int,
        assessment: SelfAssessment, statements: [AssessmentStatement]
    ) -> ScorecardResult {
        let readings = Gauge.allCases.map { gauge in
            GaugeReading(
                gauge: gauge, cards: cards.indices.contains(gauge.order) ? cards[gauge.order] : .none,
                answers: answerEvidence(gauge, assessment, statements))
        }
        return ScorecardResult(
            readings: readings, agreement: agreement, decisionCount: decisionCount,
            answeredCount: assessment.answeredCount)
    }

    /// Calls `body` with each gauge `decision` brings card evidence to, the
    /// units it brings and how many are in favour.
    static func visitCardEvidence(_ decision: ScoredDecision, _ body: (Gauge, Int, Double) -> Void) {
        let weights = decision.card.weights
        if decision.placed == .advances {
            for gauge in Gauge.built {
                let weight = weights.weight(for: gauge) ?? 0
                guard weight != 0 else { continue }
                body(gauge, abs(weight), weight > 0 ? Double(weight) : 0)
            }
            if let impact = isImpact(decision) { body(.outputImpact, 1, impact ? 1 : 0) }
        }
        let stake = abs(weights.judgement)
        if stake > 0, decision.lessonVerdict != nil {
            body(.judgement, stake, decision.agreesWithLesson ? Double(stake) : 0)
        }
    }

    /// The answer evidence of `gauge`: every answered statement that feeds it.
    public static func answerEvidence(
        _ gauge: Gauge, _ assessment: SelfAssessment,
        _ statements: [AssessmentStatement] = AssessmentStatement.all
    ) -> GaugeEvidence {
        var evidence = GaugeEvidence.none
        for statement in statements {
            let weight = statement.weight(for: gauge)
            guard weight > 0, let rating = assessment.rating(for: statement.id) else { continue }
            let top = Double(SelfAssessment.ratings.upperBound)
            evidence.add(units: weight, favour: Double(weight * rating) / top)
        }
        return evidence
    }

    /// True for impact, false for output, nil when the card's nature is
    /// unknown. The lesson's verdict decides (a peek does not change what the
    /// work is); without one, the sign of the card's net weight does.
    static func isImpact(_ decision: ScoredDecision) -> Bool? {
        switch decision.card.verdict {
        case .advances: return true
        case .productive: return false
        case nil:
            let net = decision.card.weights.net
            return net == 0 ? nil : net > 0
        }
    }
}
