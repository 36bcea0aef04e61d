import FoundationEssentials

extension CardRecord {
    /// The most any counter can hold once read from a file: far beyond what
    /// a person can press, far below where adding one would overflow.
    public static let counterLimit = 1_000_000
    /// The longest time a card can be recorded as taking (a year).
    public static let timeLimit: TimeInterval = 366 * 24 * 3600

    /// This record with counters and times brought into range, so a hand-
    /// edited or damaged file cannot make a later `+ 1` or a duration trap,
    /// and its note one clean line of at most the note length.
    public var bounded: CardRecord {
        var record = self
        record.reveals = min(max(0, reveals), Self.counterLimit)
        record.undos = min(max(0, undos), Self.counterLimit)
        record.skips = min(max(0, skips), Self.counterLimit)
        if let note {
            let line = CardText.line(note)
            record.note = line.isEmpty ? nil : String(line.prefix(TriageSession.maximumNoteLength))
        }
        if let time = timeTaken {
            record.timeTaken = time.isFinite ? min(max(0, time), Self.timeLimit) : nil
        }
        return record
    }
}
