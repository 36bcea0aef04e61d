import Foundation
import LadderCore
import Testing

@Suite struct AssessmentTests {
    @Test func tenStatementsFeedingEveryGauge() {
        let statements = AssessmentStatement.all
        #expect(statements.count == 10)
        #expect(statements.map(\.id) == Array(1...10))
        for statement in statements {
            #expect((1...9).contains(statement.chapter))
            #expect(!statement.fedGauges.isEmpty)
            #expect(statement.text.hasSuffix("."))
        }
        for gauge in Gauge.allCases {
            #expect(statements.contains { $0.weight(for: gauge) > 0 }, "\(gauge) is fed by no statement")
        }
        #expect(AssessmentStatement.statement(id: 4)?.fedGauges == [.judgement, .scope])
        #expect(AssessmentStatement.statement(id: 11) == nil)
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
        for id in 1...9 { assessment.rate(id, 2) }
        #expect(!assessment.isComplete)
        assessment.rate(10, 0)
        #expect(assessment.isComplete)
    }

    @Test func ratingLabelsRunFromNotAtAllToCompletely() {
        #expect(SelfAssessment.label(for: 0) == "not at all")
        #expect(SelfAssessment.label(for: 4) == "completely")
        #expect(SelfAssessment.label(for: 12) == "completely")
        #expect(SelfAssessment.ratingLabels.count == SelfAssessment.ratings.count)
    }

    @Test func codableRoundTripClampsWhatWasEditedByHand() throws {
        let assessment = SelfAssessment(answers: [1: 3, 5: 0])
        let data = try JSONEncoder().encode(assessment)
        #expect(try JSONDecoder().decode(SelfAssessment.self, from: data) == assessment)
        let edited = Data(#"{"answers":{"2":11,"77":3}}"#.utf8)
        #expect(try JSONDecoder().decode(SelfAssessment.self, from: edited).answers == [2: 4])
    }
}
