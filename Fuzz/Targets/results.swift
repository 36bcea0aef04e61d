import Foundation
import LadderCore

/// The deck a fuzzed results file is resumed against: small and fixed.
let fuzzResultsDeck = try? DeckReader.read(
    text: """
        # Fuzz deck
        - [advances] First card
          why: A reason.
        - [productive] Second card
          why: Another reason.
        - [advances] Third card
          why: A third reason.
        """,
    name: "fuzz.md", format: .markdown)

/// Fuzzes reading a participant's results file, then what a facilitator
/// does with it: the room report in every format, and resuming the round
/// from it (as if it were for the fixed deck above).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResults(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard var results = try? ResultsCodec.decode(Data(bytes: data, count: size), name: "fuzz.json") else {
        return 0
    }
    let report = RoomReport(
        title: "fuzz", round: RoundKey(deck: results.deck, seed: results.seed), deck: nil,
        results: [(file: "fuzz.json", results: results)], skipped: [])
    _ = report.markdown()
    _ = report.csv()
    _ = report.json()
    guard let deck = fuzzResultsDeck else { return 0 }
    results.deck = DeckFingerprint(deck: deck)
    _ = try? TriageSession.resuming(
        results, deck: deck, order: [2, 0, 1], now: Date(timeIntervalSince1970: 1_000_000), file: "fuzz.json")
    _ = try? ResultsCodec.encode(results)
    return 0
}
