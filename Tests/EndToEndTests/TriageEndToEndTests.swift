import Foundation
import TestSupport
import Testing

@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct TriageEndToEndTests {
    /// How many cards the bundled deck holds (`Content/deck.md`).
    let cards = 80

    func ladder(_ arguments: String) throws -> String {
        TmuxDriver.quote(try #require(Fixtures.ladderBinary).path) + " " + arguments
    }

    @Test func sortsTheWholeDeckUndoesRedoesExportsAndResumes() throws {
        let driver = try TmuxDriver()
        let script = "cd \(TmuxDriver.quote(driver.home.path)) && " + (try ladder("triage"))
        try driver.start("sh -c \(TmuxDriver.quote(script))")
        try driver.waitFor("0/\(cards) sorted")
        for index in 0..<cards {
            try driver.send(index % 2 == 0 ? "l" : "h", literal: true)
        }
        try driver.waitFor("Every card is sorted")
        try driver.waitFor("You agreed with the lesson on")
        try driver.send("u", literal: true)
        try driver.waitFor("\(cards - 1)/\(cards) sorted")
        try driver.send("C-r")
        try driver.waitFor("Every card is sorted")
        try driver.send("e", literal: true)
        try driver.waitFor("Exported to")
        let exports = try FileManager.default.contentsOfDirectory(atPath: driver.home.path)
            .filter { $0.hasPrefix("ladder-triage-") }
        #expect(exports.count == 1)
        let report = try String(
            contentsOf: driver.home.appendingPathComponent(exports.first ?? ""), encoding: .utf8)
        #expect(report.contains("Leverage scorecard"))
        try driver.send("q", literal: true)
        try driver.waitFor { !$0.contains("sorted") }
        try driver.stop()

        try driver.start(try ladder("triage"))
        try driver.waitFor("Every card is sorted")
        try driver.send("q", literal: true)
        try driver.stop()
        try driver.start(try ladder("triage --restart"))
        try driver.waitFor("0/\(cards) sorted")
    }

    @Test func revealsWhyAndUndoes() throws {
        let driver = try TmuxDriver()
        try driver.start(try ladder("triage"))
        try driver.waitFor("0/\(cards) sorted")
        try driver.send("Space")
        try driver.waitFor("Lesson:")
        try driver.send("Left")
        try driver.waitFor("1/\(cards) sorted")
        try driver.send("s", literal: true)
        try driver.send("u", literal: true)
        try driver.send("u", literal: true)
        try driver.waitFor("0/\(cards) sorted")
    }

    @Test func gaugesMoveWithADecisionAndComeBackOnUndo() throws {
        let driver = try TmuxDriver()
        try driver.start(try ladder("triage"), width: 140, height: 45)
        // tmux can show a frame half drawn, so each wait is for the whole
        // change rather than for the first sign of it.
        let first = try driver.waitFor { $0.contains("0/\(cards) sorted") && gaugeLines($0).count == 8 }
        let before = gaugeLines(first)
        try driver.send("l", literal: true)
        let after = try driver.waitFor {
            $0.contains("1/\(cards) sorted") && $0.contains("▸") && gaugeLines($0) != before
        }
        #expect(gaugeLines(after) != before)
        try driver.send("u", literal: true)
        let undone = try driver.waitFor {
            $0.contains("0/\(cards) sorted") && values(gaugeLines($0)) == values(before)
        }
        #expect(values(gaugeLines(undone)) == values(before))
    }

    @Test func aBadDeckFailsBeforeTheScreenOpens() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-deck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let deck = folder.appendingPathComponent("export.csv")
        try Data("Summary,Description\nFirst,ok\n\"Fix login, oops\nSecond,row\n".utf8).write(to: deck)
        let result = try runLadder(["triage", "--deck", deck.path])
        #expect(result.status == 65)
        #expect(result.error.contains("export.csv:4: unterminated quoted field (started on line 3)"))
    }

    @Test func exportsARealBacklogFromTheCommandLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-deck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let deck = folder.appendingPathComponent("backlog.csv")
        try Data("\u{FEFF}Issue key,Summary\r\nPM-1,\"Dark mode, at last\"\r\nPM-2,Usage analytics\r\n".utf8)
            .write(to: deck)
        let output = folder.appendingPathComponent("result.json")
        let result = try runLadder([
            "triage", "--deck", deck.path, "--export", output.path, "--state-dir", folder.path,
        ])
        #expect(result.status == 0)
        let json = try String(contentsOf: output, encoding: .utf8)
        #expect(json.contains("Dark mode, at last"))
        #expect(json.contains("scorecard"))
    }

    private func gaugeLines(_ screen: String) -> [String] {
        let labels = [
            "Problem", "Team", "Timing", "Judgement", "Scope", "Narrative", "Output → Impact", "Compounding",
        ]
        return screen.components(separatedBy: "\n").compactMap { line in
            guard let label = labels.first(where: { line.contains(" \($0) ") || line.contains("▸\($0) ") }),
                let range = line.range(of: label)
            else { return nil }
            return String(line[range.lowerBound...])
        }
    }

    private func values(_ lines: [String]) -> [String] {
        lines.map { line in
            line.split(separator: " ").first { Int($0) != nil }.map(String.init) ?? ""
        }
    }
}

@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct ScorecardEndToEndTests {
    @Test func answersMoveGaugesAndAreKept() throws {
        let binary = TmuxDriver.quote(try #require(Fixtures.ladderBinary).path)
        let total = 20
        let driver = try TmuxDriver()
        try driver.start(binary + " scorecard")
        try driver.waitFor("Leverage scorecard")
        try driver.waitFor { $0.contains("0 of \(total) answered") || $0.contains("0/\(total) answered") }
        try driver.send("l", "l", "l", literal: true)
        try driver.waitFor { $0.contains("1 of \(total) answered") || $0.contains("1/\(total) answered") }
        try driver.waitFor("4 completely")
        try driver.send("q", literal: true)
        try driver.waitFor { !$0.contains("Leverage scorecard") }
        try driver.stop()
        try driver.start(binary + " scorecard")
        try driver.waitFor { $0.contains("1 of \(total) answered") || $0.contains("1/\(total) answered") }
        let output = driver.home.appendingPathComponent("card.md")
        let result = try runLadder([
            "scorecard", "--export", output.path, "--state-dir",
            driver.home.appendingPathComponent("state/ladder").path,
        ])
        #expect(result.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).contains("| Judgement |"))
    }
}
