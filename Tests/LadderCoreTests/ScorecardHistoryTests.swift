import Foundation
import LadderCore
import Testing

@Suite struct ScorecardHistoryTests {
    static let basis = ScorecardBasis(deck: BundledDeck.deck.fingerprintForTests)

    private func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ladder-history-\(UUID().uuidString)")
    }

    private func snapshot(_ seconds: Double, _ kind: ScorecardSnapshot.Kind = .triage, team: Double)
        -> ScorecardSnapshot
    {
        ScorecardSnapshot(
            date: Date(timeIntervalSince1970: seconds), kind: kind, values: [.team: team], basis: Self.basis)
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
            values: [.team: 120, .scope: -4, .timing: .nan], basis: nil)
        #expect(taken.date == Date(timeIntervalSince1970: 12))
        #expect(taken.values == [.team: 100, .scope: 0])
        let fromResult = ScorecardSnapshot(date: Date(), kind: .triage, result: .neutral, basis: Self.basis)
        #expect(fromResult.values.isEmpty, "gauges without enough evidence are not kept")
        let measured = Scorecard.compute(
            decisions: ScorecardFixture.decisions, assessment: ScorecardFixture.answers)
        #expect(
            ScorecardSnapshot(date: Date(), kind: .triage, result: measured, basis: Self.basis).values.count
                == 6)
    }

    @Test func roundTripsThroughTheFolder() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ScorecardHistory.load(folder: folder) == ScorecardHistory())
        let result = Scorecard.compute(
            decisions: ScorecardFixture.decisions, assessment: ScorecardFixture.answers)
        let history = ScorecardHistory(entries: [
            ScorecardSnapshot(
                date: Date(timeIntervalSince1970: 1_700_000_000.5), kind: .triage, result: result,
                basis: Self.basis),
            snapshot(1_700_000_100, .assessment, team: 62.5),
        ])
        try history.save(folder: folder)
        let loaded = try ScorecardHistory.load(folder: folder)
        #expect(loaded == history)
        #expect(loaded.entries.first?.values == result.values)
        let text = try String(
            contentsOf: folder.appendingPathComponent(ScorecardHistory.fileName), encoding: .utf8)
        #expect(text.contains(#""date" : "2023-11-14T22:13:20Z""#))
        #expect(text.contains(#""outputImpact" : 47.3"#))
        #expect(text.contains(#""version" : 2"#))
        #expect(text.contains(#""formula" : 2"#))
    }

    @Test(arguments: [
        ("{ not json", "not valid JSON"),
        (#"{"version":1}"#, #"missing "snapshots""#),
        (#"{"version":3,"snapshots":[]}"#, "unsupported scorecard history version 3"),
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

@Suite struct ScorecardBasisTests {
    private func snapshot(_ seconds: Double, team: Double, basis: ScorecardBasis?) -> ScorecardSnapshot {
        ScorecardSnapshot(
            date: Date(timeIntervalSince1970: seconds), kind: .triage, values: [.team: team], basis: basis)
    }

    @Test func historyComparesOnlyLikeWithLike() {
        let bundled = ScorecardBasis(deck: BundledDeck.deck.fingerprintForTests)
        let backlog = ScorecardBasis(
            deck: Deck(title: "Team backlog", cards: [Card(id: "x", title: "X")]).fingerprintForTests)
        let noDeck = ScorecardBasis(deck: nil)
        #expect(bundled != backlog && bundled != noDeck)
        let history = ScorecardHistory(entries: [
            snapshot(100, team: 80, basis: bundled), snapshot(200, team: 40, basis: backlog),
            snapshot(300, team: 35, basis: noDeck), snapshot(50, team: 90, basis: nil),
        ])
        #expect(history.matching(bundled).latest?.values[.team] == 80)
        #expect(history.matching(backlog).series(for: .team) == [40])
        #expect(history.matching(noDeck).entries.count == 1)
        // Switching back to the bundled deck compares with its own last scorecard,
        // not with the backlog's 40 taken in between.
        #expect(history.latest?.values[.team] == 35)
    }

    @Test func aNewStatementSetOrFormulaStartsAFreshLine() {
        let now = ScorecardBasis(deck: nil)
        var fewer = AssessmentStatement.all
        fewer.removeLast()
        #expect(ScorecardBasis(deck: nil, statements: fewer) != now)
        var reweighted = AssessmentStatement.all
        reweighted[0].feeds = [.problem: 1]
        #expect(ScorecardBasis(deck: nil, statements: reweighted) != now)
        #expect(ScorecardBasis(formula: 1, deck: now.deck, statements: now.statements) != now)
        #expect(ScorecardBasis(deck: nil) == now, "the basis is the same on every run")
    }

    @Test func versionOneFilesStillReadAndNeverCompare() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-basis-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = #"""
            {"version":1,"snapshots":[{"date":"2024-01-01T00:00:00Z","kind":"triage",
            "values":{"team":55,"outputImpact":88}}]}
            """#
        try AtomicFile.write(Data(content.utf8), to: folder.appendingPathComponent(ScorecardHistory.fileName))
        var history = try ScorecardHistory.load(folder: folder)
        #expect(history.entries.count == 1)
        #expect(history.entries.first?.basis == nil)
        let basis = ScorecardBasis(deck: nil)
        #expect(history.matching(basis).latest == nil)
        history.append(snapshot(1_800_000_000, team: 60, basis: basis))
        try history.save(folder: folder)
        let reloaded = try ScorecardHistory.load(folder: folder)
        #expect(reloaded == history)
        #expect(reloaded.matching(basis).entries.map(\.values) == [[.team: 60]])
    }
}

extension Deck {
    /// The deck's fingerprint, as a session on it would have.
    var fingerprintForTests: DeckFingerprint { DeckFingerprint(deck: self) }
}
