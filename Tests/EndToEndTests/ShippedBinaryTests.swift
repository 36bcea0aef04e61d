import Foundation
import TestSupport
import Testing

/// What the shipped `ladder` executable is built from.
@Suite(.enabled(if: Fixtures.ladderBinary != nil))
struct ShippedBinaryTests {
    @Test func ladderLinksNoTestCode() throws {
        let binary = try Data(contentsOf: try #require(Fixtures.ladderBinary))
        // Swift mangles every symbol with its module's name: TestSupport's
        // would carry "11TestSupport", the runner's "9LadderApp".
        #expect(binary.range(of: Data("11TestSupport".utf8)) == nil)
        #expect(binary.range(of: Data("9LadderApp".utf8)) != nil)
    }
}
