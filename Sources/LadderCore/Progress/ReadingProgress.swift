/// Where a reader was in one module, and what they finished.
public struct ReadingProgress: Equatable, Sendable, Codable {
    /// The screen they were on ("home", "reader", ...).
    public var screen: String
    /// The chapter open in the reader (0-based).
    public var chapter: Int
    /// The unit at the top of the reader (see the reader's layout).
    public var unit: Int
    /// The character offset into that unit.
    public var offset: Int
    /// The chapters finished (0-based), sorted.
    public var finished: [Int]

    /// Creates a progress record.
    public init(screen: String, chapter: Int, unit: Int, offset: Int, finished: [Int]) {
        self.screen = screen
        self.chapter = chapter
        self.unit = unit
        self.offset = offset
        self.finished = finished
    }
}

/// Everything ladder remembers between runs, saved as one small JSON file.
public struct ProgressFile: Equatable, Sendable, Codable {
    /// The format's version.
    public var version: Int = 1
    /// The module opened last (its key), for a bare `ladder` to reopen.
    public var lastModule: String?
    /// Reading progress by module key.
    public var modules: [String: ReadingProgress] = [:]
    /// The theme chosen last.
    public var theme: String?

    /// Creates an empty record.
    public init() {}
}
