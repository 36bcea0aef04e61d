import LadderCore
import Testing

/// Why the prior is one unit for and one against (Laplace's rule) and why a
/// gauge waits for three cards and answers: one card or answer moves a gauge
/// by a bounded amount, a full sort alone stays well short of the ends, and
/// only consistent cards and answers together reach them.
@Suite struct ScorecardPriorTests {
    /// The gauge value for a card half and an answer half, as `GaugeReading` computes it.
    private func gauge(_ cards: GaugeEvidence, _ answers: GaugeEvidence = .none) -> Double {
        GaugeReading(gauge: .problem, cards: cards, answers: answers).value
    }

    @Test func oneCardOrAnswerMovesAGaugeByAtMostThirteenPointThree() {
        var largest = 0.0
        for units in 0...80 {
            for favour in 0...units {
                let before = GaugeEvidence(items: 1, units: units, favour: Double(favour))
                for weight in 1...2 {
                    for inFavour in [0.0, Double(weight)] {
                        var after = before
                        after.add(units: weight, favour: inFavour)
                        let move = abs(after.share - before.share) / 2
                        largest = max(largest, move)
                    }
                }
            }
        }
        // The worst case is a weight-2 card after one unit against: 1/3 → 3/5 of a half.
        #expect(largest > 13.3 && largest < 13.34)
        var first = GaugeEvidence.none
        first.add(units: 2, favour: 0)
        #expect(gauge(first) == 37.5, "from the start, one card moves a gauge by 12.5 at most")
    }

    @Test func oneWrongCardEarlyOnKeepsEveryGaugeNearFifty() {
        for card in BundledDeck.deck.cards {
            let wrong: Verdict = card.verdict == .advances ? .productive : .advances
            let result = Scorecard.compute(
                decisions: [ScoredDecision(card: card, placed: wrong)], assessment: SelfAssessment())
            for reading in result.readings {
                #expect(
                    abs(reading.value - 50) <= 12.5, "\(card.id) moved \(reading.gauge) to \(reading.value)")
                #expect(!reading.isEnough)
            }
        }
    }

    /// Every card of the bundled deck on the lesson's pile, or on the other one.
    private func fullSort(asTheLesson: Bool) -> [ScoredDecision] {
        BundledDeck.deck.cards.compactMap { card in
            guard let verdict = card.verdict else { return nil }
            let other: Verdict = verdict == .advances ? .productive : .advances
            return ScoredDecision(card: card, placed: asTheLesson ? verdict : other)
        }
    }

    private func everyAnswer(_ rating: Int) -> SelfAssessment {
        SelfAssessment(
            answers: Dictionary(uniqueKeysWithValues: AssessmentStatement.all.map { ($0.id, rating) }))
    }

    @Test func sortingAsTheLessonDoesIsNotAHundredEverywhere() {
        let result = Scorecard.compute(decisions: fullSort(asTheLesson: true), assessment: SelfAssessment())
        #expect(result.agreement.percent == 100)
        for reading in result.readings {
            #expect(reading.value < 75, "\(reading.gauge) reads \(reading.value) from sorting alone")
        }
        let opposite = Scorecard.compute(
            decisions: fullSort(asTheLesson: false), assessment: SelfAssessment())
        #expect(opposite.agreement.percent == 0)
        for reading in opposite.readings { #expect(reading.value > 25) }
    }

    @Test func theExtremesNeedCardsAndAnswersThatAgree() {
        let best = Scorecard.compute(decisions: fullSort(asTheLesson: true), assessment: everyAnswer(4))
        let worst = Scorecard.compute(decisions: fullSort(asTheLesson: false), assessment: everyAnswer(0))
        let mixed = Scorecard.compute(decisions: fullSort(asTheLesson: true), assessment: everyAnswer(0))
        for gauge in Gauge.allCases where !best.reading(gauge).cards.isEmpty {
            #expect(best.value(gauge) >= 80, "\(gauge) reads \(best.value(gauge)) with everything in favour")
            #expect(mixed.value(gauge) > 40 && mixed.value(gauge) < 60, "\(gauge): \(mixed.value(gauge))")
        }
        for gauge in Gauge.allCases where !worst.reading(gauge).cards.isEmpty {
            #expect(worst.value(gauge) <= 20, "\(gauge) reads \(worst.value(gauge)) with everything against")
        }
        // Answers alone, however consistent, stop short of the ends too.
        let answersOnly = Scorecard.compute(decisions: [], assessment: everyAnswer(4))
        for reading in answersOnly.readings {
            #expect(reading.isEnough, "\(reading.gauge) is fed by fewer than 3 statements")
            #expect(reading.value < 75)
        }
    }

    @Test func theBundledDeckFeedsEveryGaugeThroughItsCards() {
        let best = Scorecard.compute(decisions: fullSort(asTheLesson: true), assessment: SelfAssessment())
        for gauge in Gauge.allCases {
            #expect(!best.reading(gauge).cards.isEmpty, "no card the lesson chooses weighs on \(gauge)")
        }
        #expect(best.reading(.judgement).cards.items >= 10, "too few cards hinge on judgement")
    }
}
