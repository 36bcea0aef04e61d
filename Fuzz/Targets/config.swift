import LadderCore

/// Fuzzes the configuration parser and the editor behind `ladder config
/// set`: any text parses without a trap, and a setting written into a file
/// the parser reads cleanly reads back as written.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    let config = ConfigParser.parse(text: text, file: "fuzz")
    let edited = ConfigParser.parse(
        text: ConfigEditor.set("width", to: "77", inKeys: false, in: text), file: "fuzz")
    if config.problems.isEmpty && (edited.width?.value != 77 || !edited.problems.isEmpty) {
        fatalError("config set lost the width or broke the file")
    }
    let bound = ConfigParser.parse(
        text: ConfigEditor.set("app.quit", to: "Q", inKeys: true, in: text), file: "fuzz")
    if config.problems.isEmpty && !bound.keyLines.contains(where: { $0.name == "app.quit" && $0.keys == "Q" })
    {
        fatalError("config set lost the binding")
    }
    return 0
}
