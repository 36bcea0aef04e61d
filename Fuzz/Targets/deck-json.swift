import LadderCore

/// Fuzzes the JSON deck reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeck(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? DeckReader.read(text: FuzzInput.text(data, size), name: "fuzz.json", format: .json)
    return 0
}
