import Foundation
import TestSupport
import Testing

/// The manual in the repository is the one `ladder manual` writes from the
/// --help texts, and --help documents every option the parser takes.
@Suite struct ManualTests {
    @Test func docsCopyIsCurrent() throws {
        let result = try runLadder(["manual"])
        #expect(result.status == 0)
        let saved = try String(
            contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/ladder.1"), encoding: .utf8)
        #expect(
            saved == result.output, "docs/ladder.1 is stale: run `swift run ladder manual > docs/ladder.1`")
    }

    @Test func everyOptionIsInItsHelpAndTheManual() throws {
        let manual = try runLadder(["manual"]).output
        let commands = [
            "read", "triage", "scorecard", "themes", "room", "report", "completions", "manual", "join",
            "config",
        ]
        for command in commands {
            let help = try runLadder([command, "--help"])
            #expect(help.status == 0)
            let completion = try runLadder(["completions", "bash"]).output
            let line = completion.split(separator: "\n").first {
                $0.hasPrefix("        \(command)) options=")
            }
            let options = line.map { $0.split(separator: "'")[1].split(separator: " ") } ?? []
            #expect(!options.isEmpty, "\(command) has options")
            for option in options {
                #expect(help.output.contains(option), "`ladder \(command) --help` lists \(option)")
                #expect(
                    manual.contains(option.replacingOccurrences(of: "-", with: "\\-")),
                    "the manual lists \(option)")
            }
        }
    }

    @Test func manualRendersCleanly() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/groff") else { return }
        let page = Fixtures.packageRoot.appendingPathComponent("docs/ladder.1").path
        let result = try Subprocess.run("/bin/sh", ["-c", "groff -ww -z -man '\(page)' 2>&1"])
        #expect(result.status == 0)
        #expect(result.output.isEmpty, "groff warns: \(result.output)")
    }
}
