import Foundation
import LadderCore
import Testing

@Suite struct ScorecardHistoryTests {
    private func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ladder-history-\(UUID().uuidString)")
    }

    private func snapshot(_ seconds: Double, _ kind: ScorecardSnapshot.Kind = .triage, team: Double)
        -> ScorecardSnapshot
    {
        ScorecardSnapshot(date: Date(timeIntervalSince1970: seconds), kind: kind, values: [.team: team])
    }

    @Test func entriesStayInDateOrder() {
        var history = ScorecardHistory(entries: [snapshot(300, team: 30), snapshot(100, team: 10)])
        history.append(snapshot(200, .assessment, team: 20))
        history.append(snapshot(400, team: 40))
        history.append(snapshot(200, team: 21))
        #expect(history.entries.map { $0.values[.team] } == [10, 20, 21, 30, 40])
        #expect(history.latest?.values[.team] == 40)
        #expect(history.previous(before: Date(timeIntervalSince1970: 300))?.values[.team] == 21)
        #expect(history.previous(before: Date(timeIntervalSince1970: 100)) == nil)
        #expect(history.series(for: .team) == [10, 20, 21, 30, 40])
        #expect(history.series(for: .team, last: 2) == [30, 40])
        #expect(history.series(for: .scope).isEmpty)
        #expect(history.last(2).map(\.date.timeIntervalSince1970) == [300, 400])
        #expect(history.last(0).isEmpty)
    }

    @Test func keepsOnlyTheNewestUpToTheLimit() {
        var history = ScorecardHistory()
        for index in 0..<(ScorecardHistory.limit + 3) {
            history.append(snapshot(Double(index), team: 1))
        }
        #expect(history.entries.count == ScorecardHistory.limit)
        #expect(history.entries.first?.date.timeIntervalSince1970 == 3)
    }

    @Test func snapshotsNormaliseDatesAndValues() {
        let taken = ScorecardSnapshot(
            date: Date(timeIntervalSince1970: 12.75), kind: .assessment,
            values: [.team: 120, .scope: -4, .timing: .nan])
        #expect(taken.date == Date(timeIntervalSince1970: 12))
        #expect(taken.values == [.team: 100, .scope: 0])
        let fromResult = ScorecardSnapshot(date: Date(), kind: .triage, result: .neutral)
        #expect(fromResult.values.count == 7)
    }

    @Test func roundTripsThroughTheFolder() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ScorecardHistory.load(folder: folder) == ScorecardHistory())
        let result = Scorecard.compute(
            decisions: ScorecardFixture.decisions, assessment: ScorecardFixture.answers)
        let history = ScorecardHistory(entries: [
            ScorecardSnapshot(
                date: Date(timeIntervalSince1970: 1_700_000_000.5), kind: .triage, result: result),
            snapshot(1_700_000_100, .assessment, team: 62.5),
        ])
        try history.save(folder: folder)
        let loaded = try ScorecardHistory.load(folder: folder)
        #expect(loaded == history)
        #expect(loaded.entries.first?.values == result.values)
        let text = try String(
            contentsOf: folder.appendingPathComponent(ScorecardHistory.fileName), encoding: .utf8)
        #expect(text.contains(#""date" : "2023-11-14T22:13:20Z""#))
        #expect(text.contains(#""outputImpact" : 42.5"#))
    }

    @Test(arguments: [
        ("{ not json", "not valid JSON"),
        (#"{"version":1}"#, #"missing "snapshots""#),
        (#"{"version":2,"snapshots":[]}"#, "unsupported scorecard history version 2"),
        (#"{"version":1,"snapshots":[{"date":"yesterday","kind":"triage","values":{}}]}"#, "bad value"),
        (
            #"{"version":1,"snapshots":[{"date":"2024-01-01T00:00:00Z","kind":"triage","values":[]}]}"#,
            "wrong type"
        ),
    ])
    func corruptFileNamesTheFile(content: String, expected: String) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try AtomicFile.write(Data(content.utf8), to: folder.appendingPathComponent(ScorecardHistory.fileName))
        let error = #expect(throws: InputError.self) { try ScorecardHistory.load(folder: folder) }
        #expect(error?.kind == .badData)
        #expect(error?.file.hasSuffix("/scorecard-history.json") == true)
        #expect(error?.message.contains(expected) == true, "\(String(describing: error))")
    }

    @Test func unknownGaugesInTheFileAreSkipped() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = #"""
            {"version":1,"snapshots":[{"date":"2024-01-01T00:00:00Z","kind":"assessment",
            "values":{"team":55,"courage":70}}]}
            """#
        try AtomicFile.write(Data(content.utf8), to: folder.appendingPathComponent(ScorecardHistory.fileName))
        let loaded = try ScorecardHistory.load(folder: folder)
        #expect(loaded.entries.map(\.values) == [[.team: 55]])
        #expect(loaded.entries.first?.kind == .assessment)
    }
}
