extension TriageSession {
    /// The longest note kept, in characters: one line to defend a call.
    public static let maximumNoteLength = 200

    /// Sets the note on the card at deck index `index` ("defend your call"):
    /// cleaned to one line and cut to `maximumNoteLength`; blank removes it.
    /// Notes are not moves: undo and redo leave them alone.
    public mutating func setNote(_ note: String?, at index: Int) {
        guard records.indices.contains(index) else { return }
        let line = CardText.line(note ?? "")
        records[index].note = line.isEmpty ? nil : String(line.prefix(Self.maximumNoteLength))
    }

    /// The note on the card at deck index `index`, if any.
    public func note(at index: Int) -> String? {
        records.indices.contains(index) ? records[index].note : nil
    }

    /// The cards that carry a note, in deck order, with their notes.
    public var notes: [(card: Card, note: String)] {
        zip(deck.cards, records).compactMap { card, record in record.note.map { (card, $0) } }
    }
}
