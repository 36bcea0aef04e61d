import Foundation
import LadderApp
import LadderCore
import LadderUI
import TestSupport
import Testing

/// The triage session is written on a thread of its own once input pauses,
/// and the run waits for it before it ends.
@Suite struct SessionWriterTests {
    @Test func theIdleSaveIsOnDiskWhenTheRunEndsAndMatchesTheSession() throws {
        let fixture = try LoopFixture()
        let state = try fixture.state(on: .triage)
        let (outcome, runner, _) = fixture.run(
            state,
            [
                .key(.right), .key(.left), .pause(5), .key(.right), .pause(5), .key(.character("u")),
                .key(.character("q")),
            ])
        #expect(outcome.status == 0)
        let saved = try TriageStore.load(deck: try BundledDeck.load(), folder: fixture.location.stateFolder)
        #expect(saved?.records == runner.state.triage?.session.records)
        #expect(saved?.records.filter { $0.placed != nil }.count == 2)
    }

    @Test func aCopyToWriteLeavesTheSessionAlone() throws {
        var session = TriageSession(deck: try BundledDeck.load(), startedAt: LoopFixture.start)
        let copy = session.detachedCopy()
        #expect(copy == session)
        session.sort(.advances, at: LoopFixture.start.addingTimeInterval(3))
        #expect(copy.records.allSatisfy { $0.placed == nil })
        #expect(session.records.contains { $0.placed == .advances })
    }

    @Test func aWriteThatFailsIsReportedOnce() throws {
        let fixture = try LoopFixture()
        // A file where the triage folder should be: the session cannot be written.
        let state = fixture.location.stateFolder
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        try Data("in the way".utf8).write(to: state.appendingPathComponent("triage"))
        let (outcome, _, backend) = fixture.run(
            try fixture.state(on: .triage), [.key(.right), .pause(5), .key(.down), .key(.character("q"))])
        let flashed = backend.frames.contains { $0.plainText.contains("Could not save") }
        #expect(flashed != !outcome.saveProblems.isEmpty)
        #expect(outcome.saveProblems.count <= 1)
    }
}
