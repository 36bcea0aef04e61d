import Foundation
import LadderUI
import Testing

@Suite struct KeysReadmeTests {
    /// The README beside the package.
    var readme: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
    }

    @Test func theReadmesKeysSectionIsTheBindingTables() throws {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let begin = try #require(text.range(of: KeysMarkdown.begin), "README lacks \(KeysMarkdown.begin)")
        let end = try #require(text.range(of: KeysMarkdown.end), "README lacks \(KeysMarkdown.end)")
        let section = text[begin.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        let expected = KeysMarkdown.render()
        if section != expected, ProcessInfo.processInfo.environment["LADDER_RECORD"] == "1" {
            let updated = text.replacingCharacters(
                in: begin.upperBound..<end.lowerBound, with: "\n\n" + expected + "\n\n")
            try updated.write(to: readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            section == expected,
            "README keys differ; LADDER_RECORD=1 swift test --filter KeysReadme rewrites them")
    }
}
