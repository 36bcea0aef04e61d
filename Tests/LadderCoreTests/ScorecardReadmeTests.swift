import Foundation
import LadderCore
import TestSupport
import Testing

/// The README's scorecard section says exactly what the code computes.
@Suite struct ScorecardReadmeTests {
    @Test func theFormulaAndLegendAreTheReadmesWords() throws {
        let readme = try String(
            contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "## The scorecard formula"))
        let rest = readme[start.upperBound...]
        let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
        let lines = section.split(separator: "\n").map(String.init)
        let numbered = lines.filter { $0.first?.isNumber == true }
        #expect(
            numbered == Scorecard.formulaDescription.enumerated().map { "\($0.offset + 1). \($0.element)" })
        for line in ScorecardLegend.lines { #expect(lines.contains("- " + line), "README lacks \(line)") }
    }
}
