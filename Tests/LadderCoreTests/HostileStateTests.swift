import Foundation
import LadderCore
import Testing

/// Saved state edited by hand or damaged: extreme numbers must never trap.
@Suite struct HostileStateTests {
    private let time = DeckTestSupport.time

    @Test func extremeCountersAndTimesAreBroughtIntoRange() throws {
        let deck = DeckTestSupport.deck(4)
        var session = TriageSession(deck: deck, startedAt: time(0))
        session.sort(.advances, at: time(2))
        session.skip(at: time(3))
        session.reveal(at: time(4))
        let json = String(decoding: try session.encoded(), as: UTF8.self)
        let hostile =
            json
            .replacingOccurrences(of: #""reveals":1"#, with: #""reveals":9223372036854775807"#)
            .replacingOccurrences(of: #""skips":1"#, with: #""skips":9223372036854775807"#)
            .replacingOccurrences(of: #""undos":0"#, with: #""undos":9223372036854775807"#)
            .replacingOccurrences(of: #""timeTaken":2"#, with: #""timeTaken":1e300"#)
        #expect(hostile != json)
        var restored = try #require(try TriageSession.restore(from: Data(hostile.utf8), deck: deck))
        for record in restored.records {
            #expect((0...CardRecord.counterLimit).contains(record.reveals))
            #expect((0...CardRecord.counterLimit).contains(record.skips))
            #expect((0...CardRecord.counterLimit).contains(record.undos))
            #expect((record.timeTaken ?? 0) <= CardRecord.timeLimit)
        }
        restored.reveal(at: time(5))
        restored.skip(at: time(6))
        _ = restored.undo()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-hostile-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try TriageExport.write(
            session: restored, to: folder.appendingPathComponent("x.md"), generatedAt: time(9), extra: "",
            scorecard: nil)
    }

    @Test func recordsKeepOrdinaryValues() {
        var record = CardRecord()
        record.reveals = 3
        record.timeTaken = 12.5
        #expect(record.bounded == record)
        record.timeTaken = .infinity
        #expect(record.bounded.timeTaken == nil)
        record.skips = -4
        #expect(record.bounded.skips == 0)
    }
}

/// A peek leaves the card out of the scorecard's agreement and Judgement,
/// as it does out of the triage's agreement.
@Suite struct PeekScoringTests {
    @Test func peekedDecisionsCarryTheFlag() throws {
        let deck = DeckTestSupport.deck(4)
        var session = TriageSession(deck: deck, startedAt: DeckTestSupport.time(0))
        session.reveal(at: DeckTestSupport.time(1))
        session.sort(.advances, at: DeckTestSupport.time(2))
        session.sort(.advances, at: DeckTestSupport.time(3))
        #expect(session.scoredDecisions.map(\.peeked) == [true, false])
        #expect(session.decision(at: 0)?.lessonVerdict == nil)
        #expect(session.decisionToUndo == session.decision(at: 1))
        session.skip(at: DeckTestSupport.time(4))
        #expect(session.decisionToUndo == nil)
    }
}
