import Foundation
import Testing

@testable import LadderCore

/// The quick byte reader of results files reads exactly what `JSONDecoder`
/// reads for a report, and hands every file it cannot vouch for back to it.
@Suite struct ResultsScannerTests {
    /// What the decoder makes of `data` for a report.
    private func slow(_ data: Data) throws -> ParticipantResults {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(ReportedResults.self, from: data).results
    }

    /// A participant who used every field a card can have, with text that
    /// needs escaping and text beyond ASCII.
    private var busy: ParticipantResults {
        var results = RoomReportTests.person(
            "Zoë \"Z\" / Ω",
            [
                CardResult(
                    id: "c1", pile: .advances, sequence: 1, seconds: 4.25,
                    decidedAt: Date(timeIntervalSince1970: 1_728_307_212.5), peeks: 2,
                    peekedAt: Date(timeIntervalSince1970: 1_728_307_210), skips: 1,
                    skippedAt: Date(timeIntervalSince1970: 1_728_307_200), undos: 3,
                    note: "line\\back \"quoted\" tab\t é 𝄞 \u{1}", agrees: true, contested: false),
                CardResult(id: "c2"), CardResult(id: "c3", pile: .productive, contested: true),
            ],
            scorecard: ["problem": 62.5, "team": 0, "timing": 100, "scope": 1e-3])
        results.agreement = TriageAgreement(agreed: 1, judged: 2, peeked: 1)
        results.times.finishedAt = Date(timeIntervalSince1970: 120.25)
        results.rejoin = "hash"
        return results
    }

    @Test func readsWhatTheDecoderReads() throws {
        let samples = RoomReportTests.people + [busy]
        for sample in samples {
            let data = try ResultsCodec.encode(sample)
            let quick = try #require(ResultsScanner.results(data), "\(sample.participant.name)")
            #expect(quick == (try slow(data)))
        }
    }

    @Test func readsSpacedOutNullsAndUnknownKeysLikeTheDecoder() throws {
        let text = """
            { "format" : "ladder-results", "version": 1, "future": {"a": [1, 2.5e3, null, true, "x"]},
              "deck": {"title": "T\\u00e9\\ud834\\udd1e", "cardCount": 3, "idsHash": "00ff", "extra": 1},
              "seed": null, "room": null, "answersHidden": null, "agreement": null,
              "participant": {"id": "p", "name": "N"},
              "times": {"joinedAt": "2026-11-24T21:30:05Z", "updatedAt": "2026-11-24T21:30:05.250Z",
                        "finishedAt": null},
              "cards": [ {"id": "a", "pile": null, "peeks": null, "seconds": 1.5, "note": null},
                         {"id": "b", "pile": "advances", "agrees": false, "decidedAt": -0.5e-2} ],
              "scorecard": {"problem": -0, "team": 12} }
            """
        let data = Data(text.utf8)
        let quick = try #require(ResultsScanner.results(data))
        #expect(quick == (try slow(data)))
        #expect(quick.deck.title == "Té𝄞")
        #expect(quick.cards.map(\.pile) == [nil, .advances])
    }

    @Test func refusesWhatItCannotVouchFor() throws {
        let good = String(decoding: try ResultsCodec.encode(RoomReportTests.people[0]), as: UTF8.self)
        let refused: [String] = [
            good + "x",
            good.replacingOccurrences(
                of: "{\"answersHidden\"", with: "{\"answersHidden\":true,\"answersHidden\""),
            good.replacingOccurrences(of: "\"Ana\"", with: "\"A\u{1}na\""),
            good.replacingOccurrences(of: "\"Ana\"", with: "\"A\\ud800na\""),
            good.replacingOccurrences(of: "\"version\":1", with: "\"version\":2"),
            good.replacingOccurrences(of: "\"version\":1", with: "\"version\":1.0"),
            good.replacingOccurrences(of: "\"version\":1", with: "\"version\":01"),
            good.replacingOccurrences(of: "\"pile\":\"advances\"", with: "\"pile\":\"sideways\""),
            good.replacingOccurrences(of: "\"format\":\"ladder-results\"", with: "\"format\":\"other\""),
            "[" + good + "]", "", "{", String(repeating: "[", count: 5000),
        ]
        for text in refused {
            #expect(ResultsScanner.results(Data(text.utf8)) == nil, "\(text.prefix(80))")
        }
        var invalid = Array(good.utf8)
        let name = try #require(
            good.utf8.firstIndex(of: UInt8(ascii: "A")).map {
                good.utf8.distance(from: good.utf8.startIndex, to: $0)
            })
        invalid[name] = 0xFF
        #expect(ResultsScanner.results(Data(invalid)) == nil, "invalid UTF-8")
    }

    @Test func brokenFilesStillSayWhatIsWrong() {
        func message(_ text: String) -> String {
            do {
                _ = try ResultsCodec.decodeForReport(Data(text.utf8), name: "x.json")
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
}
