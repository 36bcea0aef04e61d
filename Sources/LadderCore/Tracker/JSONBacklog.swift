/// A backlog read from a JSON file, kept as its bytes so it can be written
/// back exactly, with where each card's object sits in them.
struct JSONBacklog: Equatable, Sendable {
    /// Where one card's object sits, and how its members are laid out.
    struct CardObject: Equatable, Sendable {
        /// The byte offset just past the object's last member value.
        var lastValueEnd: Int
        /// The bytes between a member's comma (or the opening brace) and its
        /// name, such as `"\n    "` or `" "`: reused before added members.
        var separator: [UInt8]
        /// The bytes between a member's name and its value, such as `": "`.
        var colon: [UInt8]
        /// The value spans of members ladder wrote earlier, by name.
        var written: [String: Range<Int>]
    }

    /// The file's bytes.
    var bytes: [UInt8]
    /// For each card of the deck, in deck order, its object.
    var cards: [CardObject]

    /// The backlog in `text`, with its deck titled `title`; errors name
    /// `file`. Nil as the second value when a card is not an object (a list of
    /// bare titles), since there is nowhere to write its verdict. The usual
    /// deck is read straight from the bytes (`JSONDeckScanner`); the rest from
    /// a tree of the document.
    static func read(text: String, file: String, title: String) throws(InputError) -> (Deck, JSONBacklog?) {
        if let scanned = JSONDeckScanner.read(text: text, file: file, title: title) {
            return (scanned.deck, scanned.objects.map { JSONBacklog(bytes: Array(text.utf8), cards: $0) })
        }
        let (deck, backlog, _) = try readTree(text: text, file: file, title: title)
        return (deck, backlog)
    }

    /// `read(text:file:title:)` from a tree of the whole document, with the
    /// element each card came from: the reference the scanner is held to.
    static func readTree(
        text: String, file: String, title: String
    ) throws(InputError) -> (Deck, JSONBacklog?, sources: [Int]) {
        let root = try LinedJSONParser.parse(text, file: file)
        let (deck, sources, elements) = try JSONDeckReader.assemble(root: root, file: file, title: title)
        let bytes = Array(text.utf8)
        var cards: [CardObject] = []
        cards.reserveCapacity(sources.count)
        for source in sources {
            guard let object = cardObject(elements[source], bytes: bytes) else { return (deck, nil, sources) }
            cards.append(object)
        }
        return (deck, JSONBacklog(bytes: bytes, cards: cards), sources)
    }

    /// The layout of `element` when it is an object with members.
    private static func cardObject(_ element: LinedJSON, bytes: [UInt8]) -> CardObject? {
        guard let members = element.object,
            let last = members.values.max(by: { $0.start < $1.start }),
            let nameStart = last.nameStart
        else { return nil }
        var separatorStart = nameStart
        while separatorStart > element.start, isSpace(bytes[separatorStart - 1]) { separatorStart -= 1 }
        let nameEnd = stringEnd(bytes, from: nameStart)
        var written: [String: Range<Int>] = [:]
        for name in [JSONBacklogWriter.verdictMember, JSONBacklogWriter.noteMember] {
            if let member = members[name] { written[name] = member.start..<member.end }
        }
        return CardObject(
            lastValueEnd: last.end, separator: Array(bytes[separatorStart..<nameStart]),
            colon: Array(bytes[nameEnd..<last.start]), written: written)
    }

    /// The offset just past the string whose opening quote is at `start`.
    private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return bytes.count
    }

    /// JSON whitespace.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
