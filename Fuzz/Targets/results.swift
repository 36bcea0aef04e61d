import Foundation

@testable import LadderCore

/// Fuzzes reading a participant's results file both ways ladder reads one
/// (the quick byte-level reader a report uses, and the decoder), then what
/// a facilitator does with it: the room report in every format, and
/// resuming the round from it (as if it were for the fixed deck above).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResults(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    if let scanned = ResultsScanner.results(bytes) { report(scanned) }
    guard var results = try? ResultsCodec.decode(bytes, name: "fuzz.json") else { return 0 }
    report(results)
    guard let deck = FuzzInput.deck else { return 0 }
    results.deck = DeckFingerprint(deck: deck)
    _ = try? TriageSession.resuming(
        results, deck: deck, order: [2, 0, 1], now: Date(timeIntervalSince1970: 1_000_000), file: "fuzz.json")
    _ = try? ResultsCodec.encode(results)
    return 0
}

/// The room report over `results` alone, in every format.
func report(_ results: ParticipantResults) {
    let report = RoomReport(
        title: "fuzz", round: RoundKey(deck: results.deck, seed: results.seed), deck: nil,
        results: [(file: "fuzz.json", results: results)], skipped: [])
    _ = report.markdown()
    _ = report.csv()
    _ = report.json()
}
