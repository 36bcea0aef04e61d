import LadderCore

/// Fuzzes the CSV deck reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeck(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? DeckReader.read(text: FuzzInput.text(data, size), name: "fuzz.csv", format: .csv)
    return 0
}
