import Foundation
import LadderCore

/// The deck the session target restores against: small and fixed, so its
/// seeds keep matching whatever the bundled deck becomes.
let fuzzSessionDeck = """
    # Fuzz deck
    - [advances] First card
      why: A reason.
    - [productive] Second card
      why: Another reason.
    - [advances] Third card
      why: A third reason.
    """

/// Fuzzes reading a saved triage session, then playing a few moves on
/// whatever was restored.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSession(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let deck = try? DeckReader.read(text: fuzzSessionDeck, name: "fuzz.md", format: .markdown),
        var session = try? TriageSession.restore(from: Data(bytes: data, count: size), deck: deck)
    else { return 0 }
    let now = Date(timeIntervalSince1970: 1_000_000)
    session.reveal(at: now)
    session.skip(at: now)
    session.sort(.advances, at: now)
    _ = session.undo()
    _ = session.redo()
    _ = try? session.encoded()
    return 0
}
