/// The bytes libFuzzer hands a target, as text the way ladder reads files:
/// invalid UTF-8 is repaired rather than rejected, so the parsers behind
/// the decoding get exercised on every input.
enum FuzzInput {
    static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }
}
