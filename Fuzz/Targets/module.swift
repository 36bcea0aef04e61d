import LadderCore

/// Fuzzes the Markdown module reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModule(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? MarkdownModuleReader.parse(FuzzInput.text(data, size), name: "fuzz.md")
    return 0
}
