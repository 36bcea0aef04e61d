/// Fuzzes the command-line parser: the input is the arguments, separated
/// by NUL bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCommandLine(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let arguments = FuzzInput.text(data, size).split(separator: "\0", omittingEmptySubsequences: false)
    _ = try? ArgumentParser.parse(arguments.map(String.init))
    return 0
}
