import LadderCore

/// Fuzzes the MARKDOWN deck reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeck(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? DeckReader.read(text: FuzzInput.text(data, size), name: "fuzz.markdown", format: .markdown)
    return 0
}
