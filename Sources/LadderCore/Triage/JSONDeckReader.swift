/// Reads a backlog written as JSON: an array of strings (titles), an array
/// of card objects, or an object `{ "title": ..., "cards": [...] }`.
///
/// A card object needs `title` (or `summary`, or `name`) and may carry
/// `description` (or `body`, `details`), `verdict`, `rationale` (or `why`),
/// `chapter` (an id such as `"leverage"`, or a number), `group` (or `epic`),
/// `id` (or `key`) and `weights`, an object with any of `problem`, `team`,
/// `timing`, `scope`, `narrative`, `compounding` from -2 to 2. A card whose
/// verdict is `"contested"` gives `readings`, an object with `productive`
/// and `advances` sentences (or `productiveReading` and `advancesReading`).
/// Other members are ignored; `null` counts as absent. Trackers' exports
/// read too (see `TrackerJSONShape`): `desc` or `notes` as the detail,
/// `number` as the id, a Trello list or labels as the group, and closed or
/// archived items left out.
///
/// The usual deck, an array of flat card objects, is read first by
/// `JSONDeckScanner` straight from the bytes; whatever it does not vouch for
/// is read here, from a tree of the whole document.
enum JSONDeckReader {
    private static let titleKeys = ["title", "summary", "name"]
    private static let detailKeys = ["description", "body", "details", "desc", "notes"]
    private static let rationaleKeys = ["rationale", "why"]
    private static let groupKeys = ["group", "epic"]
    private static let idKeys = ["id", "key", "number"]
    private static let productiveReadingKeys = ["productiveReading", "productive-reading"]
    private static let advancesReadingKeys = ["advancesReading", "advances-reading"]

    /// The deck in `text`, titled by its wrapper object or else `title`.
    static func read(text: String, file: String, title: String) throws(InputError) -> Deck {
        if let scanned = JSONDeckScanner.read(text: text, file: file, title: title) { return scanned.deck }
        return try assemble(root: LinedJSONParser.parse(text, file: file), file: file, title: title).deck
    }

    /// The deck under `root`; for each card the index of the element it
    /// came from; and the elements.
    static func assemble(
        root: LinedJSON, file: String, title: String
    ) throws(InputError) -> (deck: Deck, sources: [Int], elements: [LinedJSON]) {
        var deckTitle = title
        let cards: [LinedJSON]
        if let elements = root.array {
            cards = elements
        } else if let members = root.object, let elements = members["cards"]?.array {
            if let named = members["title"]?.string ?? members["name"]?.string { deckTitle = named }
            cards = elements
        } else {
            throw InputError(
                file: file, line: root.line,
                "expected an array of cards or an object with a \"cards\" array, found \(root.typeName)")
        }
        var drafts: [CardDraft] = []
        drafts.reserveCapacity(cards.count)
        let shape = TrackerJSONShape(root: root)
        for (position, element) in cards.enumerated() {
            if let members = element.object, shape.isClosed(members) { continue }
            var draft = try draft(element, number: position + 1, file: file)
            draft.source = position
            if draft.group == nil, let members = element.object { draft.group = shape.group(members) }
            drafts.append(draft)
        }
        let (deck, sources) = try DeckAssembler.assemble(
            title: deckTitle, drafts: drafts, file: file, expected: "cards with a non-empty \"title\"")
        return (deck, sources, cards)
    }

    /// The draft for the `number`th card (1-based).
    private static func draft(_ element: LinedJSON, number: Int, file: String) throws(InputError) -> CardDraft
    {
        func failure(_ message: String, at line: Int = element.line) -> InputError {
            InputError(file: file, line: line, "card \(number): \(message)")
        }
        if let title = element.string { return CardDraft(title: title, line: element.line) }
        guard let members = element.object else {
            throw failure("expected a string or an object with a \"title\", found \(element.typeName)")
        }
        func text(_ keys: [String]) throws(InputError) -> String? {
            for key in keys {
                guard let member = members[key], !member.isNull else { continue }
                if let value = member.string { return value }
                if idKeys.contains(key), case .number(let value) = member.kind {
                    return Int(exactly: value).map { String($0) } ?? String(value)
                }
                throw failure("\"\(key)\" must be a string, found \(member.typeName)", at: member.line)
            }
            return nil
        }
        func parsed<Value>(_ result: Result<Value, CardFieldError>, at line: Int) throws(InputError) -> Value
        {
            switch result {
            case .success(let value): return value
            case .failure(let error): throw failure(error.message, at: line)
            }
        }
        guard let title = try text(titleKeys) else { throw failure("expected a \"title\" string") }
        var draft = CardDraft(title: title, line: element.line)
        draft.key = try text(idKeys)
        draft.detail = try text(detailKeys)
        draft.rationale = try text(rationaleKeys)
        draft.group = try text(groupKeys)
        if let verdict = try text(["verdict"]) {
            draft.apply(
                try parsed(CardFieldParser.call(verdict), at: members["verdict"]?.line ?? element.line))
        }
        draft.productiveReading = try text(productiveReadingKeys)
        draft.advancesReading = try text(advancesReadingKeys)
        if let readings = members["readings"], !readings.isNull {
            switch readingsResult(readings) {
            case .success(let sides):
                draft.productiveReading = sides.productive ?? draft.productiveReading
                draft.advancesReading = sides.advances ?? draft.advancesReading
            case .failure(let error): throw failure(error.message, at: error.line)
            }
        }
        if let chapter = members["chapter"], !chapter.isNull {
            draft.chapter = try parsed(chapterResult(chapter), at: chapter.line)
        }
        if let weights = members["weights"], !weights.isNull {
            draft.weights = try parsed(weightsResult(weights), at: weights.line)
        }
        return draft
    }

    /// The two readings of a contested card, given as an object with
    /// `productive` and `advances` strings; a failure carries its line.
    private static func readingsResult(
        _ value: LinedJSON
    ) -> Result<(productive: String?, advances: String?), LinedFailure> {
        guard let sides = value.object else {
            return .failure(
                LinedFailure("\"readings\" must be an object, found \(value.typeName)", value.line))
        }
        var productive: String?
        var advances: String?
        for (key, member) in sides.sorted(by: { $0.key < $1.key }) where !member.isNull {
            guard let text = member.string else {
                return .failure(
                    LinedFailure("reading \"\(key)\" must be a string, found \(member.typeName)", member.line)
                )
            }
            switch key {
            case "productive": productive = text
            case "advances": advances = text
            default:
                return .failure(
                    LinedFailure("unknown reading \"\(key)\"; expected productive or advances", member.line))
            }
        }
        return .success((productive, advances))
    }

    /// A message and the line it belongs to.
    private struct LinedFailure: Error {
        var message: String
        var line: Int

        init(_ message: String, _ line: Int) {
            self.message = message
            self.line = line
        }
    }

    /// A chapter given as an id, a number or a numeric string.
    private static func chapterResult(_ value: LinedJSON) -> Result<String?, CardFieldError> {
        switch value.kind {
        case .number(let number): return CardFieldParser.chapter(number: number)
        case .string(let text): return CardFieldParser.chapter(text)
        default:
            return .failure(
                CardFieldError("\"chapter\" must be a chapter id or a number, found \(value.typeName)"))
        }
    }

    /// Weights given as an object of whole numbers, or as the Markdown text form.
    private static func weightsResult(_ value: LinedJSON) -> Result<LeverageWeights, CardFieldError> {
        if let text = value.string { return CardFieldParser.weights(text) }
        guard let members = value.object else {
            return .failure(CardFieldError("\"weights\" must be an object, found \(value.typeName)"))
        }
        var values: [LeverageDimensionName: Int] = [:]
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            guard case .number(let number) = member.kind, let whole = Int(exactly: number) else {
                return .failure(CardFieldError("weight \"\(CardText.line(name))\" must be a whole number"))
            }
            switch CardFieldParser.weight(name: name, value: String(whole)) {
            case .success(let pair): values[pair.0] = pair.1
            case .failure(let error): return .failure(error)
            }
        }
        return .success(LeverageDimensionName.weights(from: values))
    }
}
