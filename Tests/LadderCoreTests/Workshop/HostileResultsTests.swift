import Foundation
import LadderCore
import Testing

/// A results file written by hand to attack the facilitator: names and
/// notes with escapes, bidirectional overrides and ten thousand characters,
/// counters and gauges at the edge of what a number holds. The report in
/// every format stays clean, bounded and free of traps.
@Suite struct HostileResultsTests {
    private static let override = "\u{202E}"
    private static let hostileName =
        "Mal\u{1B}]0;PWNED\u{07}lory\u{202E}gnp.exe\u{1B}[2J|pipe\n" + String(repeating: "x", count: 10_000)
    private static let hostileNote = "note\u{1B}[31m\u{202E}red\r\n" + String(repeating: "y", count: 10_000)

    private func report(cards: [CardResult], scorecard: [String: Double]) -> RoomReport {
        let hostile = RoomReportTests.person(Self.hostileName, cards, scorecard: scorecard)
        let plain = RoomReportTests.person(
            "Ana", [CardResult(id: "c1", pile: .advances)], scorecard: ["problem": 40])
        return RoomReport(
            title: "Room", round: plain.round, deck: RoomReportTests.deck,
            results: [(file: "mal\u{1B}[1m.json", results: hostile), (file: "ana.json", results: plain)],
            skipped: [])
    }

    private var hostileCards: [CardResult] {
        [
            CardResult(id: "c1", pile: .advances, peeks: .max, note: Self.hostileNote),
            CardResult(id: "c2", pile: .productive, peeks: .max),
        ]
    }

    @Test func namesAndNotesReachEveryFormatCleanAndBounded() throws {
        let report = report(cards: hostileCards, scorecard: ["problem": 1e300, "team": -1e300])
        let hostile = try #require(report.participants.first { $0.name.hasPrefix("Mal") })
        #expect(hostile.name.count <= 65, "a name is cut to 64 characters and an ellipsis")
        #expect(hostile.name.hasSuffix("…"))
        #expect(hostile.name.contains("<U+202E>"), "the override is shown, not obeyed")
        let note = try #require(report.cards.flatMap(\.notes).first)
        #expect(note.text.count <= 1001)
        let json = String(decoding: report.json(), as: UTF8.self)
        for text in [report.markdown(), report.csv(), json, hostile.name, note.text, hostile.file] {
            #expect(!text.contains("\u{1B}"), "no escape reaches an export")
            #expect(!text.contains(Self.override), "no override is obeyed")
            #expect(!text.contains("\u{07}"))
        }
        #expect(report.markdown().contains("<U+202E>"))
    }

    @Test func extremeCountersAndGaugesAreBoundedNotTrapped() {
        let report = report(cards: hostileCards, scorecard: ["problem": 1e300, "team": -1e300])
        let gauges = Dictionary(uniqueKeysWithValues: report.scorecard.map { ($0.gauge, $0.average) })
        #expect(gauges["problem"] == 70, "1e300 counts as 100, averaged with Ana's 40")
        #expect(gauges["team"] == 0)
        #expect(
            report.participants.map(\.peeks).max() == 2_000_000, "each card's peeks count a million at most")
        #expect(report.markdown().contains("| Problem | 70 | 2 |"))
    }

    @Test func resumingFromAHostileFileBoundsEveryRecord() throws {
        let deck = RoomReportTests.deck
        var results = RoomReportTests.person("Ana", [], scorecard: [:])
        results.cards = [
            CardResult(
                id: "c1", pile: nil, seconds: .infinity, peeks: .max, skips: .max, undos: .max,
                note: Self.hostileNote)
        ]
        var session = try TriageSession.resuming(
            results, deck: deck, order: [0, 1, 2, 3], now: Date(timeIntervalSince1970: 100), file: "ana.json")
        let record = session.records[0]
        #expect(record.reveals == CardRecord.counterLimit && record.skips == CardRecord.counterLimit)
        #expect(record.note.map { $0.count <= TriageSession.maximumNoteLength } == true)
        #expect(record.note.map { !$0.contains("\u{1B}") && !$0.contains(Self.override) } == true)
        session.reveal(at: Date(timeIntervalSince1970: 101))
        session.skip(at: Date(timeIntervalSince1970: 102))
        #expect(session.undo() || true, "undo after the extremes does not trap")
    }

    @Test func timesAtTheEdgeReadAsText() {
        #expect(DurationText.text(1e300) == DurationText.text(1e12))
        #expect(DurationText.text(.nan) == "0s")
        #expect(DurationText.seconds("2900000000000000000:00") == nil, "found by the command-line fuzzer")
        #expect(DurationText.seconds("480:00") == TimeInterval(8 * 3600))
        #expect(RoundPhase.clock(1e300) == RoundPhase.clock(1e12))
        #expect(RoundPhase.clock(.infinity) == "0:00", "callers show an endless round as open")
        #expect(RoundPhase.clock(-.infinity) == "0:00")
    }
}
