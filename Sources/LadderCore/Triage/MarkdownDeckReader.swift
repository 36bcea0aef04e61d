/// Reads a backlog written in Markdown, including the bundled deck's format.
///
/// - Cards are list items indented less than four spaces: checklist items
///   (`- [ ] x`, `- [x] x`), plain bullets (`-`, `*`, `+`, `•`) and numbered
///   items (`1.`, `1)`).
/// - `- [productive] Title` or `- [advances] Title` (any verdict word that
///   `CardFieldParser` knows) sets the lesson's verdict; `- [contested] Title`
///   marks a card the lesson argues both ways, whose `productive-reading:`
///   and `advances-reading:` lines give each side in a sentence.
/// - A `#` heading before any card or group is the deck's title; every other
///   heading (`#` to `######`) names the group of the cards under it.
/// - Lines indented two or more spaces (a tab counts four) deeper than the
///   item above belong to it. `why:` (or `rationale:`), `chapter:` (an id
///   such as `leverage`, or a number), `weights:`, `verdict:`, `id:`,
///   `detail:` and the two readings set those fields; any other indented
///   line, nested bullets included, is detail. A line that carries on a
///   `why:` line or a reading is more of it. Blank lines do not end an item; unindented text does.
/// - HTML comments and fenced code blocks are ignored.
enum MarkdownDeckReader {
    /// The deck in `text`, titled by its leading `#` heading or else `title`.
    static func read(text: String, file: String, title: String) throws(InputError) -> Deck {
        var state = MarkdownDeckState(file: file)
        var lineNumber = 0
        for rawLine in CardText.lines(text) {
            lineNumber += 1
            var line = rawLine
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = String(line.dropFirst()) }
            try state.consume(line, at: lineNumber)
        }
        state.flush()
        return try DeckAssembler.deck(
            title: state.title ?? title, drafts: state.drafts, file: file,
            expected:
                "list items such as \"- [ ] Fix the login bug\" or \"- [advances] Kill the stale project\"")
    }
}

/// The Markdown reader's running state, one line at a time.
struct MarkdownDeckState {
    /// Which field an indented line without a key carries on.
    private enum Field { case detail, rationale, productiveReading, advancesReading }

    let file: String
    private(set) var title: String?
    private(set) var drafts: [CardDraft] = []
    private var pending: CardDraft?
    private var pendingIndent: Int?
    private var lastField = Field.detail
    private var group: String?
    private var sawStructure = false
    private var inComment = false
    private var inFence = false

    /// Creates an empty state for `file`.
    init(file: String) { self.file = file }

    /// Reads one line (without its line break).
    mutating func consume(_ line: String, at number: Int) throws(InputError) {
        let content = CardText.trim(line)
        if skipsCommentOrFence(content) || content.isEmpty { return }
        let indent = Self.indentWidth(line)
        if let pendingIndent, indent >= pendingIndent + 2 {
            try continuation(content, at: number)
            return
        }
        if indent < 4, let heading = Self.heading(content) {
            flush()
            if heading.level == 1, title == nil, !sawStructure, !heading.text.isEmpty {
                title = heading.text
            } else {
                group = heading.text
            }
            sawStructure = true
            return
        }
        flush()
        guard indent < 4, let item = Self.listItem(content) else { return }
        sawStructure = true
        try startCard(item, at: number)
        pendingIndent = indent
    }

    /// Moves the card being read, if any, onto the list.
    mutating func flush() {
        if let pending { drafts.append(pending) }
        pending = nil
        pendingIndent = nil
    }

    /// Tracks HTML comments and code fences; true when `content` is inside
    /// (or opens or closes) one.
    private mutating func skipsCommentOrFence(_ content: String) -> Bool {
        if inComment {
            if content.contains("-->") { inComment = false }
            return true
        }
        if content.hasPrefix("```") || content.hasPrefix("~~~") {
            inFence.toggle()
            return true
        }
        if inFence { return true }
        if content.hasPrefix("<!--") {
            inComment = !content.dropFirst(4).contains("-->")
            return true
        }
        return false
    }

    /// Starts a card from a list item's text.
    private mutating func startCard(_ item: String, at number: Int) throws(InputError) {
        var draft = CardDraft(title: item, line: number)
        draft.group = group
        if item.hasPrefix("["), let close = item.firstIndex(of: "]") {
            let marker = String(item[item.index(after: item.startIndex)..<close])
            let rest = CardText.trim(String(item[item.index(after: close)...]))
            if ["", " ", "x", "X"].contains(marker) {
                draft.title = rest
            } else if CardFieldParser.isVerdictWord(marker) {
                draft.apply(try parsed(CardFieldParser.call(marker), at: number))
                draft.title = rest
            }
        }
        pending = draft
        lastField = .detail
    }

    /// Adds an indented line to the card being read.
    private mutating func continuation(_ content: String, at number: Int) throws(InputError) {
        guard var draft = pending else { return }
        defer { pending = draft }
        if let colon = content.firstIndex(of: ":") {
            let key = Self.fieldKey(String(content[..<colon]))
            let value = CardText.trim(String(content[content.index(after: colon)...]))
            switch key {
            case "why", "rationale":
                draft.rationale = Self.joined(draft.rationale, value, separator: " ")
                lastField = .rationale
                return
            case "productive-reading":
                draft.productiveReading = Self.joined(draft.productiveReading, value, separator: " ")
                lastField = .productiveReading
                return
            case "advances-reading":
                draft.advancesReading = Self.joined(draft.advancesReading, value, separator: " ")
                lastField = .advancesReading
                return
            case "chapter":
                draft.chapter = try parsed(CardFieldParser.chapter(value), at: number)
                return
            case "weights":
                draft.weights = try parsed(CardFieldParser.weights(value), at: number)
                return
            case "verdict":
                draft.apply(try parsed(CardFieldParser.call(value), at: number))
                return
            case "id", "key":
                draft.key = value
                return
            case "detail", "description":
                draft.detail = Self.joined(draft.detail, value, separator: "\n")
                lastField = .detail
                return
            default:
                break
            }
        }
        switch lastField {
        case .rationale: draft.rationale = Self.joined(draft.rationale, content, separator: " ")
        case .productiveReading:
            draft.productiveReading = Self.joined(draft.productiveReading, content, separator: " ")
        case .advancesReading:
            draft.advancesReading = Self.joined(draft.advancesReading, content, separator: " ")
        case .detail: draft.detail = Self.joined(draft.detail, content, separator: "\n")
        }
    }

    /// A field's name as the switch above spells it: lowercase, with spaces
    /// and `_` as `-` ("Productive reading" is `productive-reading`).
    private static func fieldKey(_ raw: String) -> String {
        let words = CardText.trim(raw).lowercased().split(whereSeparator: {
            $0 == " " || $0 == "_" || $0 == "-"
        })
        return words.joined(separator: "-")
    }

    /// The value of a field result, or an error at line `number`.
    private func parsed<Value>(
        _ result: Result<Value, CardFieldError>, at number: Int
    ) throws(InputError) -> Value {
        switch result {
        case .success(let value): return value
        case .failure(let error): throw InputError(file: file, line: number, error.message)
        }
    }

    /// `existing` and `addition` joined by `separator`.
    private static func joined(_ existing: String?, _ addition: String, separator: String) -> String {
        guard let existing, !existing.isEmpty else { return addition }
        return existing + separator + addition
    }

    /// Leading indentation in columns, a tab counting as four.
    private static func indentWidth(_ line: String) -> Int {
        var width = 0
        for scalar in line.unicodeScalars {
            if scalar == " " {
                width += 1
            } else if scalar == "\t" {
                width += 4
            } else {
                break
            }
        }
        return width
    }

    /// The level and text of an ATX heading, nil when `content` is not one.
    private static func heading(_ content: String) -> (level: Int, text: String)? {
        let hashes = content.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = content.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = CardText.trim(String(rest))
        let closing = text.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
            text = CardText.trim(String(text.dropLast(closing)))
        }
        return (hashes, text)
    }

    /// The text of a list item, nil when `content` is not one (or is a rule).
    private static func listItem(_ content: String) -> String? {
        if content.allSatisfy({ "-*_ ".contains($0) }) { return nil }
        if let first = content.first, "-*+•".contains(first) {
            let rest = content.dropFirst()
            guard rest.first == " " else { return nil }
            return CardText.trim(String(rest))
        }
        let digits = content.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...9).contains(digits.count) else { return nil }
        let rest = content.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " "
        else { return nil }
        return CardText.trim(String(rest.dropFirst(2)))
    }
}
