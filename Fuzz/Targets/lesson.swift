import LadderCore

/// Fuzzes the course's plain-text lesson importer, and the loader that
/// tells the two lesson formats apart.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLesson(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    _ = try? PlainLessonImporter.parse(text, name: "fuzz.txt")
    _ = try? LessonLoader.load(text: text, name: "fuzz.txt")
    return 0
}
