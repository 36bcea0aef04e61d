import Foundation
import TestSupport
import Testing

/// `ladder triage --timer`: a round on one's own in a real terminal, run to
/// zero, its results read back.
@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct SoloRoundEndToEndTests {
    func ladder(_ arguments: String) throws -> String {
        TmuxDriver.quote(try #require(Fixtures.ladderBinary).path) + " " + arguments
    }

    @Test func aShortRoundReachesZeroLocksShowsTheSummaryAndWritesTheResults() throws {
        let driver = try TmuxDriver()
        let results = driver.home.appendingPathComponent("ana.json")
        let command = try ladder(
            "triage --timer 4s --seed 7 --hide-answers --name Ana --results \(TmuxDriver.quote(results.path))"
        )
        try driver.start("sh -c \(TmuxDriver.quote(command + "; echo exit=$?"))")
        try driver.waitFor("left · last 30 s")
        try driver.send("Space")
        try driver.waitFor("The verdicts stay hidden until the round ends")
        try driver.send("l", literal: true)
        try driver.waitFor("1/80 sorted")
        let summary = try driver.waitFor("Time is up: 1 of 80 cards sorted")
        #expect(summary.contains("■ time is up") || summary.contains("Round over: results written"))
        #expect(summary.contains("You agreed with the lesson on"))
        try driver.send("u", literal: true)
        try driver.waitFor("Time is up: the round is locked")
        try driver.send("q", literal: true)
        let end = try driver.waitFor("exit=0")
        #expect(end.contains("results: \(results.path)"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: results)) as? [String: Any]
        #expect(json?["format"] as? String == "ladder-results")
        #expect(json?["seed"] as? Int == 7)
        #expect(json?["answersHidden"] as? Bool == true)
        #expect((json?["participant"] as? [String: Any])?["name"] as? String == "Ana")
        #expect((json?["cards"] as? [[String: Any]])?.count == 1)
    }

    @Test func withoutResultsTheFileGoesToTheStateFolderUnderTheNameAndTime() throws {
        let driver = try TmuxDriver()
        try driver.start(
            "sh -c \(TmuxDriver.quote(try ladder("triage --timer 1h --name 'Zoë K'") + "; echo exit=$?"))")
        try driver.waitFor("▶ 59:")
        try driver.send("p", literal: true)
        try driver.waitFor("paused · p resumes")
        try driver.send("l", literal: true)
        try driver.waitFor("The round is paused: press p to resume")
        try driver.send("p", literal: true)
        try driver.send("l", literal: true)
        try driver.waitFor("1/80 sorted")
        try driver.send("q", literal: true)
        try driver.waitFor("exit=0")
        let rounds = driver.home.appendingPathComponent("state/ladder/rounds")
        let files = try FileManager.default.contentsOfDirectory(atPath: rounds.path)
        #expect(files.count == 1)
        #expect(files.first?.hasPrefix("zo-k-") == true, "\(files)")
        let stamp = try Regex(#"-\d{4}-\d{2}-\d{2}T\d{6}\.json$"#)
        #expect(files.first?.contains(stamp) == true, "\(files)")
        let saved = driver.home.appendingPathComponent("state/ladder/triage")
        #expect(!FileManager.default.fileExists(atPath: saved.path), "a round leaves the saved triage alone")
    }

    @Test func anExistingResultsFileIsRefusedBeforeTheScreenOpens() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-solo-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = folder.appendingPathComponent("taken.json")
        try Data("{}".utf8).write(to: existing)
        let binary = try #require(Fixtures.ladderBinary).path
        let run = try Subprocess.run(
            binary, ["triage", "--timer", "5m", "--results", existing.path, "--state-dir", folder.path])
        #expect(run.status == 73)
        let missing = try Subprocess.run(
            binary, ["triage", "--seed", "1", "--results", "/nonexistent-folder/x.json"])
        #expect(missing.status == 73)
        let badName = try Subprocess.run(binary, ["triage", "--name", "!!!", "--state-dir", folder.path])
        #expect(badName.status == 64)
    }
}
