import Foundation
import LadderCore
import TestSupport
import Testing

/// `ladder triage --deck BACKLOG --export FILE` writes a tracker's backlog
/// back in its own format, with the piles of the saved session.
@Suite struct TrackerExportEndToEndTests {
    /// A folder with `backlog.csv` (a small Jira export) and a saved session
    /// that put PM-1 on "advances you" with a note.
    private func prepared() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-tracker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csv =
            "Summary,Issue key,Labels,Labels\r\n\"Dark mode, at last\",PM-1,ui,\r\nUsage analytics,PM-2,,\r\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("backlog.csv"))
        let deck = try DeckReader.read(url: folder.appendingPathComponent("backlog.csv"))
        var session = TriageSession(deck: deck, startedAt: Date())
        session.sort(.advances, at: Date())
        session.setNote("Customers ask weekly", at: 0)
        try TriageStore.save(session, folder: folder)
        return folder
    }

    @Test func csvExportWritesTheBacklogBackWithVerdictsAndNotes() throws {
        let folder = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("back.csv")
        let result = try runLadder([
            "triage", "--deck", folder.appendingPathComponent("backlog.csv").path, "--export", output.path,
            "--state-dir", folder.path,
        ])
        #expect(result.status == 0, "\(result.error)")
        let written = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        #expect(
            written == "Summary,Issue key,Labels,Labels,ladder,ladder note\r\n"
                + "\"Dark mode, at last\",PM-1,ui,,advances you,Customers ask weekly\r\n"
                + "Usage analytics,PM-2,,,,\r\n")
    }

    @Test func reportFormatStillWritesTheReportAndMismatchesAreUsageErrors() throws {
        let folder = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deck = folder.appendingPathComponent("backlog.csv").path
        let report = folder.appendingPathComponent("report.md")
        let ok = try runLadder([
            "triage", "--deck", deck, "--export", report.path, "--state-dir", folder.path,
        ])
        #expect(ok.status == 0)
        let markdown = try String(contentsOf: report, encoding: .utf8)
        #expect(markdown.contains("Customers ask weekly"))
        let wrong = try runLadder([
            "triage", "--deck", deck, "--export", folder.appendingPathComponent("x.json").path, "--format",
            "tracker", "--state-dir", folder.path,
        ])
        #expect(wrong.status == 64)
        #expect(wrong.error.contains("writes this backlog back as .csv"))
        let bundled = try runLadder([
            "triage", "--export", folder.appendingPathComponent("x.csv").path, "--state-dir", folder.path,
        ])
        #expect(bundled.status == 64)
        #expect(bundled.error.contains(".csv writes a CSV backlog given with --deck back"))
    }

    @Test func jsonDeckKeepsItsShapeUnlessAReportIsAskedFor() throws {
        let folder = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deck = folder.appendingPathComponent("issues.json")
        try Data(#"[{"number":7,"title":"Flaky login test","state":"OPEN"}]"#.utf8).write(to: deck)
        let back = folder.appendingPathComponent("back.json")
        let first = try runLadder([
            "triage", "--deck", deck.path, "--export", back.path, "--state-dir", folder.path,
        ])
        #expect(first.status == 0)
        #expect(
            try String(contentsOf: back, encoding: .utf8)
                == #"[{"number":7,"title":"Flaky login test","state":"OPEN","ladder":"","ladderNote":""}]"#)
        let report = folder.appendingPathComponent("report.json")
        let second = try runLadder([
            "triage", "--deck", deck.path, "--export", report.path, "--format", "report", "--state-dir",
            folder.path,
        ])
        #expect(second.status == 0)
        #expect(try String(contentsOf: report, encoding: .utf8).contains("\"scorecard\""))
    }
}
