import Foundation
import LadderApp
import LadderCore
import LadderUI
import TestSupport
import Testing

/// Effects performed by the runner, and what they report back.
@Suite struct EffectTests {
    @Test func twoExportsInTheSameSecondGetTwoFiles() throws {
        let fixture = try LoopFixture()
        var state = try fixture.state(on: .triage)
        state.apply(.triage(.cardSorted(.advances)))
        state.effects += [.triageExportRequested, .triageExportRequested, .scorecardExportRequested]
        // A signal ends the run without a key, which would clear the message.
        let (_, runner, _) = fixture.run(state, [.signal(SIGTERM)])
        let stamp = "2027-01-15T080000"
        #expect(
            try fixture.exports() == [
                "ladder-scorecard-\(stamp).md", "ladder-triage-\(stamp)-2.md", "ladder-triage-\(stamp).md",
            ])
        for name in try fixture.exports() {
            let text = try String(
                contentsOf: fixture.exportFolder.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.isEmpty)
        }
        let last = fixture.exportFolder.appendingPathComponent("ladder-scorecard-\(stamp).md")
        #expect(runner.state.flash?.text == "Exported to \(last.path)")
        #expect(runner.state.flash?.role == .success)
    }

    @Test func anExistingFileIsNeverReplaced() throws {
        let fixture = try LoopFixture()
        let mine = fixture.exportFolder.appendingPathComponent("ladder-scorecard-2027-01-15T080000.md")
        try Data("my notes".utf8).write(to: mine)
        var state = try fixture.state(on: .scorecard)
        state.effects.append(.scorecardExportRequested)
        _ = fixture.run(state, [.key(.character("q"))])
        #expect(try String(contentsOf: mine, encoding: .utf8) == "my notes")
        #expect(try fixture.exports().contains("ladder-scorecard-2027-01-15T080000-2.md"))
    }

    @Test func aFailedExportIsReportedAndLeavesNoFile() throws {
        let fixture = try LoopFixture()
        try FileManager.default.removeItem(at: fixture.exportFolder)
        var state = try fixture.state(on: .triage)
        state.effects.append(.triageExportRequested)
        let (_, runner, backend) = fixture.run(state, [.signal(SIGTERM)])
        #expect(runner.state.flash?.role == .error)
        #expect(runner.state.flash?.text.hasPrefix("Export failed: \(fixture.exportFolder.path)") == true)
        #expect(backend.frames[0].plainText.contains("Export failed"))
        #expect(!FileManager.default.fileExists(atPath: fixture.exportFolder.path))
    }

    @Test func aThemeChangeReachesTheTerminalAndIsRemembered() throws {
        let fixture = try LoopFixture()
        var state = try fixture.state()
        state.effects.append(.themeChanged("light"))
        let (_, _, backend) = fixture.run(state, [.key(.character("q"))])
        #expect(backend.themes == ["light"])
        let file = try ProgressStore(folder: fixture.location.stateFolder).load()
        #expect(file.theme == "light")
    }

    @Test func aSaveThatFailsIsSaidOnScreenAndInTheOutcome() throws {
        let fixture = try LoopFixture()
        // A file where the state folder should be: nothing can be saved.
        try Data().write(to: fixture.location.stateFolder)
        var state = try fixture.state(on: .triage)
        state.apply(.triage(.cardSorted(.advances)))
        let (outcome, _, backend) = fixture.run(state, [.pause(1), .key(.character("q"))])
        #expect(backend.frames.count == 2)
        #expect(backend.frames[1].plainText.contains("Could not save"))
        #expect(outcome.status == 74)
        #expect(!outcome.saveProblems.isEmpty)
    }
}
