import LadderCore

/// The bytes libFuzzer hands a target, as text the way ladder reads files:
/// invalid UTF-8 is repaired rather than rejected, so the parsers behind
/// the decoding get exercised on every input.
enum FuzzInput {
    /// A small fixed deck the session and results targets restore against,
    /// read once, so their seeds keep matching whatever the bundled deck
    /// becomes.
    static let deck = try? DeckReader.read(
        text: """
            # Fuzz deck
            - [advances] First card
              why: A reason.
            - [productive] Second card
              why: Another reason.
            - [advances] Third card
              why: A third reason.
            """,
        name: "fuzz.md", format: .markdown)

    static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }
}
