import Foundation
import LadderCore
import TestSupport
import Testing

/// The scorecard's own text (statements, gauge meanings, next moves, the
/// formula and the legend) is written here: no run of 8 words is shared
/// with the course lesson, when the lesson is beside the checkout.
@Suite(.enabled(if: Fixtures.sharedLessonFolder != nil, "the shared lesson folder is not present"))
struct ScorecardWordingTests {
    static let runLength = 8

    /// Lowercased words, apostrophes and hyphens kept inside words.
    static func words(_ text: String) -> [String] {
        text.lowercased().replacingOccurrences(of: "’", with: "'")
            .split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }.map(String.init)
    }

    static func runs(_ words: [String]) -> Set<String> {
        guard words.count >= runLength else { return [] }
        return Set(
            (0...(words.count - runLength)).map { words[$0..<($0 + runLength)].joined(separator: " ") })
    }

    @Test func noEightWordRunComesFromTheLesson() throws {
        let folder = try #require(Fixtures.sharedLessonFolder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".txt")
        }
        var lesson: Set<String> = []
        for name in names {
            lesson.formUnion(
                Self.runs(
                    Self.words(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))))
        }
        #expect(!lesson.isEmpty)
        var texts = AssessmentStatement.all.map(\.text) + Gauge.allCases.map(\.meaning)
        texts += Gauge.allCases.flatMap {
            [NextMove.variants(for: $0).low, NextMove.variants(for: $0).other]
        }
        texts += Scorecard.formulaDescription + ScorecardLegend.lines
        for text in texts {
            let shared = Self.runs(Self.words(text)).intersection(lesson)
            #expect(shared.isEmpty, "\"\(text)\" shares \(shared.sorted())")
        }
    }
}
