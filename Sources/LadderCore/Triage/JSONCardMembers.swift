/// The members of one card object that a JSON deck reads, taken by
/// `JSONDeckScanner` straight from the file's bytes. A repeated member keeps
/// its last value, as `LinedJSONParser` does. `add(to:source:)` follows
/// `JSONDeckReader` and `DeckBuilder` rule for rule, and gives nil wherever
/// they would report an error or read a value this one does not hold (a
/// nested object or array), so that the caller hands the file to the full
/// reader.
struct JSONCardMembers {
    /// The members a card's reading looks at.
    enum Field: Int, CaseIterable {
        case title, summary, name
        case description, body, details, desc, notes
        case rationale, why, group, epic, id, key, number
        case verdict, productiveReading, productiveReadingDashed, advancesReading, advancesReadingDashed
        case readings, chapter, weights, closed, archived, state, idList, labels
    }

    /// A member's value, as far as the reading needs it. A string knows
    /// whether it is already a clean line (`CardText.isPlainLine`).
    enum Value {
        case absent, null, string(String, clean: Bool), number(Double), bool(Bool)
    }

    /// A text member: its string, and whether it is already clean.
    struct Text {
        var text: String
        var clean: Bool

        /// `CardText.line` of the text.
        var line: String { clean ? text : CardText.line(text) }

        /// `CardText.optionalLine` of the text.
        var optionalLine: String? {
            let line = line
            return line.isEmpty ? nil : line
        }

        /// `CardText.optionalBlock` of the text (a clean line is its own block).
        var optionalBlock: String? {
            guard clean else { return CardText.optionalBlock(text) }
            return text.isEmpty ? nil : text
        }
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
        if case .string(let state, _) = values[Field.state.rawValue] {
            return ["closed", "done"].contains(state.lowercased())
        }
        return false
    }

    /// Adds the card to `builder` as `JSONDeckReader` and `DeckBuilder` would:
    /// true when added, false when its title cleans to nothing; nil where
    /// they would fail.
    func add(to builder: inout DeckBuilder, source: Int) -> Bool? {
        guard let title = text(Self.titleFields) ?? nil, let key = text(Self.idFields),
            let detail = text(Self.detailFields), let rationale = text(Self.rationaleFields),
            let group = text(Self.groupFields), let verdict = text([.verdict]),
            let productive = text([.productiveReading, .productiveReadingDashed]),
            let advances = text([.advancesReading, .advancesReadingDashed]),
            let call = lessonCall(verdict), let chapter = chapter(), let weights = weights(),
            // Readings come as an object, which this reader does not hold.
            isAbsent(.readings)
        else { return nil }
        let cleanTitle = title.line
        if cleanTitle.isEmpty { return false }
        let readings: ContestedReadings?
        do {
            readings = try builder.readings(
                productive: productive?.optionalLine, advances: advances?.optionalLine,
                contested: call == .contested, line: 0)
        } catch {
            return nil
        }
        var cardVerdict: Verdict?
        if case .verdict(let called)? = call { cardVerdict = called }
        let card = Card(
            id: "", title: cleanTitle, detail: detail?.optionalBlock, verdict: cardVerdict,
            rationale: rationale?.optionalLine, chapter: chapter, group: group?.optionalLine, weights: weights
        )
        builder.add(card, key: key?.line, readings: readings, source: source)
        return true
    }

    /// The call a verdict member makes: `.some(nil)` when there is none, nil
    /// when it names no verdict.
    private func lessonCall(_ verdict: Text?) -> LessonCall?? {
        guard let verdict else { return .some(nil) }
        guard case .success(let call) = CardFieldParser.call(verdict.text) else { return nil }
        return .some(call)
    }

    /// The chapter member: `.some(nil)` when absent, nil when it names no chapter.
    private func chapter() -> String?? {
        switch values[Field.chapter.rawValue] {
        case .absent, .null: return .some(nil)
        case .number(let number):
            guard case .success(let chapter) = CardFieldParser.chapter(number: number) else { return nil }
            return .some(chapter)
        case .string(let text, _):
            guard case .success(let chapter) = CardFieldParser.chapter(text) else { return nil }
            return .some(chapter)
        case .bool: return nil
        }
    }

    /// The weights member written as text; nil when it is anything else or wrong.
    private func weights() -> LeverageWeights? {
        switch values[Field.weights.rawValue] {
        case .absent, .null: return .zero
        case .string(let text, _):
            guard case .success(let weights) = CardFieldParser.weights(text) else { return nil }
            return weights
        default: return nil
        }
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
    private func text(_ fields: [Field]) -> Text?? {
        for field in fields {
            switch values[field.rawValue] {
            case .absent, .null: continue
            case .string(let value, let clean): return .some(Text(text: value, clean: clean))
            case .number(let value) where Self.idFields.contains(field):
                return .some(
                    Text(text: Int(exactly: value).map { String($0) } ?? String(value), clean: false))
            default: return nil
            }
        }
        return .some(nil)
    }
}
