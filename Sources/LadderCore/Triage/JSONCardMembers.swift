/// The members of one card object that a JSON deck reads, taken by
/// `JSONDeckScanner` straight from the file's bytes. A repeated member keeps
/// its last value, as `LinedJSONParser` does. `draft()` follows
/// `JSONDeckReader` rule for rule, and gives nil wherever that reader would
/// report an error or read a value this one does not hold (a nested object
/// or array), so that the caller hands the file to the full reader.
struct JSONCardMembers {
    /// The members a card's reading looks at.
    enum Field: Int, CaseIterable {
        case title, summary, name
        case description, body, details, desc, notes
        case rationale, why, group, epic, id, key, number
        case verdict, productiveReading, productiveReadingDashed, advancesReading, advancesReadingDashed
        case readings, chapter, weights, closed, archived, state, idList, labels
    }

    /// A member's value, as far as the reading needs it.
    enum Value {
        case absent, null, string(String), number(Double), bool(Bool)
    }

    private static let titleFields: [Field] = [.title, .summary, .name]
    private static let detailFields: [Field] = [.description, .body, .details, .desc, .notes]
    private static let rationaleFields: [Field] = [.rationale, .why]
    private static let groupFields: [Field] = [.group, .epic]
    private static let idFields: [Field] = [.id, .key, .number]

    private var values = Array(repeating: Value.absent, count: Field.allCases.count)

    /// Forgets every member, for the next card.
    mutating func reset() {
        for index in values.indices { values[index] = .absent }
    }

    /// Sets `field`'s value (a later member with the same name wins).
    mutating func set(_ field: Field, _ value: Value) {
        values[field.rawValue] = value
    }

    /// The field a member name stands for, nil for any other member.
    static func field(_ key: JSONBytes.Key) -> Field? {
        switch key {
        case "title": .title
        case "summary": .summary
        case "name": .name
        case "description": .description
        case "body": .body
        case "details": .details
        case "desc": .desc
        case "notes": .notes
        case "rationale": .rationale
        case "why": .why
        case "group": .group
        case "epic": .epic
        case "id": .id
        case "key": .key
        case "number": .number
        case "verdict": .verdict
        case "productiveReading": .productiveReading
        case "productive-reading": .productiveReadingDashed
        case "advancesReading": .advancesReading
        case "advances-reading": .advancesReadingDashed
        case "readings": .readings
        case "chapter": .chapter
        case "weights": .weights
        case "closed": .closed
        case "archived": .archived
        case "state": .state
        case "idList": .idList
        case "labels": .labels
        default: nil
        }
    }

    /// True when the card is done or archived (`TrackerJSONShape.isClosed`
    /// for a document without Trello lists).
    var isClosed: Bool {
        if case .bool(true) = values[Field.closed.rawValue] { return true }
        if case .bool(true) = values[Field.archived.rawValue] { return true }
        if case .string(let state) = values[Field.state.rawValue] {
            return ["closed", "done"].contains(state.lowercased())
        }
        return false
    }

    /// The card's draft, raw as `JSONDeckReader` makes it; nil where that
    /// reader would fail.
    func draft() -> CardDraft? {
        guard let title = text(Self.titleFields) ?? nil else { return nil }
        var draft = CardDraft(title: title, line: 0)
        guard let key = text(Self.idFields), let detail = text(Self.detailFields),
            let rationale = text(Self.rationaleFields), let group = text(Self.groupFields),
            let verdict = text([.verdict]),
            let productive = text([.productiveReading, .productiveReadingDashed]),
            let advances = text([.advancesReading, .advancesReadingDashed])
        else { return nil }
        (draft.key, draft.detail, draft.rationale, draft.group) = (key, detail, rationale, group)
        if let verdict {
            guard case .success(let call) = CardFieldParser.call(verdict) else { return nil }
            draft.apply(call)
        }
        (draft.productiveReading, draft.advancesReading) = (productive, advances)
        // Readings come as an object, which this reader does not hold.
        guard isAbsent(.readings) else { return nil }
        switch values[Field.chapter.rawValue] {
        case .absent, .null: break
        case .number(let number):
            guard case .success(let chapter) = CardFieldParser.chapter(number: number) else { return nil }
            draft.chapter = chapter
        case .string(let text):
            guard case .success(let chapter) = CardFieldParser.chapter(text) else { return nil }
            draft.chapter = chapter
        case .bool: return nil
        }
        switch values[Field.weights.rawValue] {
        case .absent, .null: break
        case .string(let text):
            guard case .success(let weights) = CardFieldParser.weights(text) else { return nil }
            draft.weights = weights
        default: return nil
        }
        return draft
    }

    /// True when `field` is missing or null.
    private func isAbsent(_ field: Field) -> Bool {
        switch values[field.rawValue] {
        case .absent, .null: true
        default: false
        }
    }

    /// The first of `fields` present and not null: `.some(text)`, or
    /// `.some(nil)` when none is; nil when it is not a string (an id may be
    /// a number, written as `JSONDeckReader` writes it).
    private func text(_ fields: [Field]) -> String?? {
        for field in fields {
            switch values[field.rawValue] {
            case .absent, .null: continue
            case .string(let value): return .some(value)
            case .number(let value) where Self.idFields.contains(field):
                return .some(Int(exactly: value).map { String($0) } ?? String(value))
            default: return nil
            }
        }
        return .some(nil)
    }
}
