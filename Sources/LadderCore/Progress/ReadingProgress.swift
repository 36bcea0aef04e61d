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
    /// Seconds each chapter has been on screen, by chapter id (see `ReadingPace`).
    public var secondsRead: [String: Double]
    /// Answers to the reflection prompts, by prompt id (see `ReflectionPrompt`).
    public var reflections: [String: ReflectionAnswer]

    /// Creates a progress record.
    public init(
        screen: String, chapter: Int, unit: Int, offset: Int, finished: [Int],
        secondsRead: [String: Double] = [:], reflections: [String: ReflectionAnswer] = [:]
    ) {
        self.screen = screen
        self.chapter = chapter
        self.unit = unit
        self.offset = offset
        self.finished = finished
        self.secondsRead = secondsRead
        self.reflections = reflections
    }

    private enum CodingKeys: String, CodingKey {
        case screen, chapter, unit, offset, finished, secondsRead, reflections
    }

    /// Decodes a record; files from before reading time and reflections read
    /// as having none. Times that are not finite or below zero are dropped.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        screen = try container.decode(String.self, forKey: .screen)
        chapter = try container.decode(Int.self, forKey: .chapter)
        unit = try container.decode(Int.self, forKey: .unit)
        offset = try container.decode(Int.self, forKey: .offset)
        finished = try container.decode([Int].self, forKey: .finished)
        let seconds = try container.decodeIfPresent([String: Double].self, forKey: .secondsRead) ?? [:]
        secondsRead = seconds.filter { $0.value.isFinite && $0.value >= 0 }
        reflections =
            try container.decodeIfPresent([String: ReflectionAnswer].self, forKey: .reflections) ?? [:]
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
