import Foundation
import LadderCore
import Testing

/// Results files: session to results to bytes and back, and back to a session.
@Suite struct ResultsRoundTripTests {
    private let time = DeckTestSupport.time

    /// Six cards in seed order; three sorted, one peeked, one skipped, one noted.
    private func played() -> (TriageSession, [Int]) {
        let deck = DeckTestSupport.deck(6)
        let order = SeededOrder.indices(count: 6, seed: 11)
        var session = TriageSession(deck: deck, order: order, startedAt: time(0))
        session.sort(.advances, at: time(4))
        session.reveal(at: time(5))
        session.sort(.productive, at: time(9))
        session.skip(at: time(10))
        session.sort(.advances, at: time(12.5))
        session.setNote("defend \u{1B}[1mthis", at: 5)
        return (session, order)
    }

    private func results(_ session: TriageSession) -> ParticipantResults {
        ParticipantResults(
            session: session, seed: 11, room: "R", participant: .init(id: "p1", name: "Ana"),
            joinedAt: time(0), now: time(13), answersHidden: true, scorecard: ["problem": 62.5, "team": 50],
            rejoin: "abc")
    }

    @Test func resultsHoldEveryFieldOfTheSchema() throws {
        let (session, order) = played()
        let results = results(session)
        #expect(results.format == "ladder-results")
        #expect(results.version == 1)
        #expect(results.seed == 11)
        #expect(results.sortedCount == 3)
        let sorted = results.cards.filter { $0.pile != nil }.sorted {
            ($0.sequence ?? 0) < ($1.sequence ?? 0)
        }
        #expect(sorted.map(\.id) == [order[0], order[1], order[3]].map { "card-\($0 + 1)" })
        #expect(sorted.map(\.sequence) == [1, 2, 3])
        #expect(sorted.map(\.seconds) == [4, 5, 2.5])
        #expect(sorted[1].peeks == 1 && sorted[1].agrees == nil, "a peeked card does not count")
        let skipped = try #require(results.cards.first { $0.id == "card-\(order[2] + 1)" })
        #expect(skipped.pile == nil && skipped.skips == 1)
        #expect(results.cards.first { $0.id == "card-6" }?.note == "defend this")
        let judged = sorted.filter { $0.agrees != nil }
        #expect(results.agreement?.judged == judged.count)
        #expect(results.agreement?.agreed == judged.filter { $0.agrees == true }.count)
        #expect(results.times.finishedAt == nil)
    }

    @Test func bytesRoundTripExactly() throws {
        let results = results(played().0)
        let data = try ResultsCodec.encode(results)
        let decoded = try ResultsCodec.decode(data, name: "ana.json")
        #expect(decoded == results)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"format\":\"ladder-results\""))
        #expect(text.contains("\"joinedAt\":\"2024-10-07T13:20:00.000Z\""))
        #expect(text.contains("\"decidedAt\":1728307212.5"), "a card's times are seconds since 1970")
        #expect(!text.contains("\"undos\""), "zero counts are left out")
    }

    @Test func resumingRebuildsPilesRecordsAndUndo() throws {
        let (session, order) = played()
        let data = try ResultsCodec.encode(results(session))
        let reread = try ResultsCodec.decode(data, name: "ana.json")
        var resumed = try TriageSession.resuming(
            reread, deck: session.deck, order: order, now: time(100), file: "ana.json")
        #expect(resumed.records == session.records)
        #expect(resumed.pile(.advances) == session.pile(.advances))
        #expect(resumed.pile(.productive) == session.pile(.productive))
        #expect(resumed.current == session.current)
        #expect(resumed.unsorted.count == session.unsorted.count)
        let undone = resumed.undo()
        #expect(undone, "undo works after a resume")
        #expect(resumed.progress.sorted == 2)
    }

    @Test func brokenForeignAndNewerFilesSayWhatTheyAre() {
        func message(_ text: String) -> String {
            do {
                _ = try ResultsCodec.decode(Data(text.utf8), name: "x.json")
                return ""
            } catch {
                return error.description
            }
        }
        #expect(message("{ broken") == "x.json: not JSON, or damaged; expected a ladder results file")
        #expect(message("{\"deck\": 1}").contains("not a ladder results file"))
        #expect(message("{\"format\": \"ladder-results\", \"version\": 9}").contains("results format 9"))
        #expect(message("{\"format\": \"ladder-results\", \"version\": 1}").contains("missing"))
    }

    @Test func resultsForAnotherDeckOrUnknownCardsAreRefused() throws {
        let (session, order) = played()
        var results = results(session)
        #expect(throws: InputError.self) {
            try TriageSession.resuming(
                results, deck: DeckTestSupport.deck(7), order: order, now: time(0), file: "f")
        }
        results.cards.append(CardResult(id: "nope", pile: .advances))
        #expect(throws: InputError.self) {
            try TriageSession.resuming(results, deck: session.deck, order: order, now: time(0), file: "f")
        }
    }
}
