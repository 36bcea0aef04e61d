import Foundation
import TestSupport
import Testing

/// Two real ladders on one state folder, each in its own terminal: the
/// first holds the folder, the second opens read-only and says so at start,
/// at each save it would have made and when it quits. Whichever quits
/// last, nothing the first one did is lost.
@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct TwoLaddersEndToEndTests {
    private func ladder(_ arguments: String, state: URL) throws -> String {
        TmuxDriver.quote(try #require(Fixtures.ladderBinary).path) + " " + arguments + " --state-dir "
            + TmuxDriver.quote(state.path)
    }

    @Test func theSecondLadderIsReadOnlyAndTheFirstKeepsEverything() throws {
        let first = try TmuxDriver()
        let second = try TmuxDriver()
        let state = first.home.appendingPathComponent("shared-state")
        try first.start(try ladder("triage", state: state))
        try first.waitFor("0/80 sorted")
        for _ in 0..<5 { try first.send("l", literal: true) }
        try first.waitFor("5/80 sorted")
        // The sorts are saved a second after the last key.
        try first.waitFor { _ in
            FileManager.default.fileExists(atPath: state.appendingPathComponent("triage").path)
        }

        try second.start(try ladder("triage", state: state))
        // It says so at start (for a few seconds, and again on quitting).
        try second.waitFor("5/80 sorted")
        try second.send("h", literal: true)
        try second.waitFor("6/80 sorted")
        try second.send("t", literal: true)
        // A second after the sort, where it would have saved, it says it did not.
        try second.waitFor("Could not save")

        // The first quits first; the second, quitting last, must not win.
        try first.send("q", literal: true)
        try first.waitFor { !$0.contains("sorted") }
        try second.send("q", literal: true)
        let after = try second.waitFor("Not saved:")
        #expect(after.contains("Read-only: another ladder (process"))
        #expect(after.contains("this one saves nothing"))

        let triage = state.appendingPathComponent("triage")
        let sessions = try FileManager.default.contentsOfDirectory(atPath: triage.path)
            .filter { $0.hasSuffix(".json") }
        #expect(sessions.count == 1)
        let progress = try String(contentsOf: state.appendingPathComponent("progress.json"), encoding: .utf8)
        #expect(!progress.contains("\"theme\""), "the second ladder's theme change was not kept")

        try first.stop()
        try first.start(try ladder("triage", state: state))
        let reopened = try first.waitFor("5/80 sorted")
        #expect(!reopened.contains("read-only"), "the folder is free once both have quit")
    }

    @Test func aFolderIsFreeAgainWhenItsHolderIsKilled() throws {
        let first = try TmuxDriver()
        let state = first.home.appendingPathComponent("shared-state")
        try first.start(try ladder("triage", state: state))
        try first.waitFor("0/80 sorted")
        try first.send("l", literal: true)
        try first.waitFor("1/80 sorted")
        // The lock file names the ladder holding it: kill -9 that ladder.
        let holder = try String(contentsOf: state.appendingPathComponent("ladder.lock"), encoding: .utf8)
        let pid = try #require(Int32(holder.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGKILL) == 0)
        try first.waitFor { _ in kill(pid, 0) != 0 }
        try first.stop()
        let second = try TmuxDriver()
        try second.start(try ladder("triage", state: state))
        let screen = try second.waitFor("/80 sorted")
        #expect(!screen.contains("read-only"), "a killed ladder leaves no lock behind")
    }
}
