import LadderCore

/// Fuzzes the theme parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? ThemeParser.parse(text: FuzzInput.text(data, size), name: "fuzz")
    return 0
}
