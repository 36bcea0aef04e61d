import Foundation
import LadderCore
import Testing

@Suite struct AssessmentTests {
    @Test func statementsCiteRealChaptersAndFeedEveryGaugeThreeTimes() {
        let statements = AssessmentStatement.all
        let chapters = Set(BundledModule.module.chapters.map(\.id))
        #expect(Set(statements.map(\.id)).count == statements.count)
        #expect(AssessmentStatement.retiredIDs.isDisjoint(with: statements.map(\.id)))
        for statement in statements {
            #expect(chapters.contains(statement.chapter), "\(statement.id) cites \(statement.chapter)")
            #expect(!statement.fedGauges.isEmpty)
            #expect(statement.feeds.values.allSatisfy { (1...2).contains($0) })
            #expect(statement.text.hasSuffix("."))
        }
        for gauge in Gauge.allCases {
            let feeding = statements.filter { $0.weight(for: gauge) > 0 }
            #expect(
                feeding.count >= GaugeReading.enoughItems, "\(gauge) is fed by \(feeding.count) statements")
        }
        #expect(AssessmentStatement.statement(id: 4)?.fedGauges == [.judgement, .scope])
        #expect(AssessmentStatement.statement(id: 5) == nil)
    }

    @Test func theLessonsIdeasEachHaveAStatement() {
        let cited = Set(AssessmentStatement.all.map(\.chapter))
        for chapter in [
            "measures", "output", "promoted", "tracks", "leverage", "choosing", "narrative", "compounding",
        ] {
            #expect(cited.contains(chapter), "no statement cites \(chapter)")
        }
        let ideas: [(String, String)] = [
            ("the manager you choose", "person i would report to"),
            ("willingness to move", "look for another team"),
            ("the IC or management choice", "ic track or the management track"),
            ("compounding", "earned me a harder"),
            ("operating one level up", "one level above mine"),
            ("the execution floor", "nobody has to chase it"),
        ]
        for (idea, words) in ideas {
            #expect(
                AssessmentStatement.all.contains { $0.text.lowercased().contains(words) }, "missing \(idea)")
        }
    }

    @Test func noStatementClaimsDecidingTakesMoreTimeThanShipping() {
        // The lesson: the few decisions that matter take a fraction of the time
        // shipping does; their value, not their share of the week, is large.
        for statement in AssessmentStatement.all {
            #expect(!statement.text.lowercased().contains("more of my week"))
        }
        #expect(AssessmentStatement.statement(id: 11)?.fedGauges == [.judgement, .outputImpact])
    }

    @Test func answersToRetiredStatementsAreDroppedOnLoading() throws {
        let saved = Data(#"{"answers":{"1":3,"5":4,"11":2}}"#.utf8)
        let loaded = try JSONDecoder().decode(SelfAssessment.self, from: saved)
        #expect(loaded.answers == [1: 3, 11: 2])
    }

    @Test func ratingsAreClampedAndUnknownIdsIgnored() {
        var assessment = SelfAssessment()
        assessment.rate(1, 9)
        assessment.rate(2, -3)
        assessment.rate(3, 2)
        assessment.rate(42, 3)
        #expect(assessment.answers == [1: 4, 2: 0, 3: 2])
        assessment.clear(3)
        #expect(assessment.rating(for: 3) == nil)
        #expect(assessment.answeredCount == 2)
        #expect(SelfAssessment(answers: [1: 7, 99: 1]).answers == [1: 4])
    }

    @Test func completeOnlyWhenEveryStatementIsRated() {
        var assessment = SelfAssessment()
        #expect(!assessment.isComplete)
        let ids = AssessmentStatement.all.map(\.id)
        for id in ids.dropLast() { assessment.rate(id, 2) }
        #expect(!assessment.isComplete)
        assessment.rate(ids[ids.count - 1], 0)
        #expect(assessment.isComplete)
    }

    @Test func ratingLabelsRunFromNotAtAllToCompletely() {
        #expect(SelfAssessment.label(for: 0) == "not at all")
        #expect(SelfAssessment.label(for: 4) == "completely")
        #expect(SelfAssessment.label(for: 12) == "completely")
        #expect(SelfAssessment.ratingLabels.count == SelfAssessment.ratings.count)
    }

    @Test func codableRoundTripClampsWhatWasEditedByHand() throws {
        let assessment = SelfAssessment(answers: [1: 3, 11: 0])
        let data = try JSONEncoder().encode(assessment)
        #expect(try JSONDecoder().decode(SelfAssessment.self, from: data) == assessment)
        let edited = Data(#"{"answers":{"2":11,"77":3}}"#.utf8)
        #expect(try JSONDecoder().decode(SelfAssessment.self, from: edited).answers == [2: 4])
    }
}
