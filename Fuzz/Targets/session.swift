import Foundation
import LadderCore

/// Fuzzes reading a saved triage session, then playing a few moves on
/// whatever was restored.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSession(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let deck = FuzzInput.deck,
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
