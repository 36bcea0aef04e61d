/// Reads the usual JSON deck, an array of flat card objects (or of titles),
/// straight from the file's bytes with `JSONBytes`, without building a tree
/// of the document: only the members a card uses become strings. It vouches
/// only for what it fully understands. Anything else (another shape, a card
/// member holding an object or array, deep nesting, an escape it does not
/// resolve as `LinedJSONParser` does, anything that would be an error)
/// gives nil, and the caller reads the file with `JSONDeckReader`, whose
/// results and messages are the reference.
enum JSONDeckScanner {
    /// A deck read the fast way.
    struct Outcome {
        /// The deck.
        var deck: Deck
        /// For each card, the index of the array element it came from.
        var sources: [Int]
        /// For each card, where its object lies (for writing back); nil when
        /// a card is a bare title, which has nowhere to take a verdict.
        var objects: [JSONBacklog.CardObject]?
    }

    /// How deep a skipped member may nest before the scan gives up: well
    /// inside `LinedJSONParser.maximumDepth`, so what is accepted here is
    /// never refused there.
    private static let skippedNesting = 32

    /// The deck in `text`, titled `title`; nil when the full reader must read it.
    static func read(text: String, file: String, title: String) -> Outcome? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { read($0, file: file, title: title) } ?? nil
    }

    /// The deck in `bytes` (the UTF-8 of a whole file), titled `title`; nil
    /// when the full reader must read it.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String, title: String) -> Outcome? {
        // A byte-order mark is left to the full reader, whose offsets count it.
        guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
        var reader = JSONBytes(bytes)
        guard reader.peek() == UInt8(ascii: "[") else { return nil }
        var scan = Scan(bytes: bytes, file: file)
        do {
            try reader.array { (reader: inout JSONBytes) throws(JSONBytes.Refused) in
                try scan.element(&reader)
            }
            guard reader.atEnd() else { return nil }
        } catch {
            return nil
        }
        guard let (deck, sources) = try? scan.builder.finish(title: title, expected: "") else { return nil }
        return Outcome(deck: deck, sources: sources, objects: scan.objects)
    }

    /// The state of one scan: the deck so far and the layout of each card's object.
    private struct Scan {
        let bytes: UnsafeBufferPointer<UInt8>
        var builder: DeckBuilder
        var objects: [JSONBacklog.CardObject]? = []
        var members = JSONCardMembers()
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
            self.bytes = bytes
            builder = DeckBuilder(file: file)
        }

        /// Reads one element of the array: a title, or a card object.
        mutating func element(_ reader: inout JSONBytes) throws(JSONBytes.Refused) {
            defer { position += 1 }
            guard reader.peek() == UInt8(ascii: "{") else {
                // A bare title: a card that has nowhere to take a verdict.
                var draft = CardDraft(title: try reader.string(), line: 0)
                draft.source = position
                if try add(draft) { objects = nil }
                return
            }
            let start = reader.offset
            let layout = try object(&reader)
            if position == 0 {
                builder.reserveIDs(JSONDeckScanner.estimate(bytes.count, elementBytes: reader.offset - start))
            }
            if members.isClosed { return }
            guard let added = members.add(to: &builder, source: position) else { throw JSONBytes.Refused() }
            guard added, objects != nil else { return }
            guard let object = layout?.cardObject(in: bytes, objectStart: start) else {
                throw JSONBytes.Refused()
            }
            objects?.append(object)
        }

        /// Adds `draft`, refusing where `DeckBuilder` would report an error;
        /// false when its title cleans to nothing, so no card was added.
        private mutating func add(_ draft: CardDraft) throws(JSONBytes.Refused) -> Bool {
            let before = builder.count
            do {
                try builder.add(draft)
            } catch {
                throw JSONBytes.Refused()
            }
            return builder.count > before
        }

        /// Takes a card object into `members`; its last member's layout, nil when it has none.
        private mutating func object(_ reader: inout JSONBytes) throws(JSONBytes.Refused) -> MemberLayout? {
            members.reset()
            var layout: MemberLayout?
            var written: [String: Range<Int>] = [:]
            try reader.object { (reader: inout JSONBytes, key: JSONBytes.Key) throws(JSONBytes.Refused) in
                guard let first = reader.peek() else { throw JSONBytes.Refused() }
                let valueStart = reader.offset
                if let field = JSONCardMembers.field(key) {
                    members.set(field, try Self.value(&reader, first: first))
                } else {
                    try reader.skipValue(depth: JSONBytes.deepestNesting - JSONDeckScanner.skippedNesting)
                }
                let range = valueStart..<reader.offset
                if key == "ladder" { written[JSONBacklogWriter.verdictMember] = range }
                if key == "ladderNote" { written[JSONBacklogWriter.noteMember] = range }
                layout = MemberLayout(value: range, written: [:])
            }
            layout?.written = written
            return layout
        }

        /// A known member's value; an object or array is refused.
        private static func value(
            _ reader: inout JSONBytes, first: UInt8
        ) throws(JSONBytes.Refused) -> JSONCardMembers.Value {
            switch first {
            case UInt8(ascii: "\""):
                // Most strings hold no escape: their bytes are their text.
                guard let span = reader.plainString() else {
                    return .string(try reader.string(), clean: false)
                }
                return .string(String(decoding: span, as: UTF8.self), clean: CardText.isPlainLine(span))
            case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try reader.bool())
            case UInt8(ascii: "n"):
                _ = try reader.takeNull()
                return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try reader.double())
            default: throw JSONBytes.Refused()
            }
        }
    }

    /// About how many cards the array holds, judged by its first element's
    /// length; at most one for every 32 bytes.
    private static func estimate(_ count: Int, elementBytes: Int) -> Int {
        let estimate = count / max(elementBytes + 2, 1)
        return min(estimate + estimate / 4 + 16, count / 32)
    }
}

/// Where a card object's last member lies, and the members ladder wrote.
private struct MemberLayout {
    /// The last member's value.
    var value: Range<Int>
    /// The values of `ladder` and `ladderNote`, by name.
    var written: [String: Range<Int>]

    /// The card object as `JSONBacklog` keeps it: the bytes before the last
    /// member's name (back to the object's opening brace) and between its
    /// name and value. Nil when the name holds an escape.
    func cardObject(in bytes: UnsafeBufferPointer<UInt8>, objectStart: Int) -> JSONBacklog.CardObject? {
        var nameEnd = value.lowerBound
        while nameEnd > objectStart, isSpace(bytes[nameEnd - 1]) || bytes[nameEnd - 1] == UInt8(ascii: ":") {
            nameEnd -= 1
        }
        guard nameEnd > objectStart, bytes[nameEnd - 1] == UInt8(ascii: "\"") else { return nil }
        var nameStart = nameEnd - 1
        repeat {
            nameStart -= 1
            guard nameStart > objectStart, bytes[nameStart] != UInt8(ascii: "\\") else { return nil }
        } while bytes[nameStart] != UInt8(ascii: "\"")
        var separatorStart = nameStart
        while separatorStart > objectStart, isSpace(bytes[separatorStart - 1]) { separatorStart -= 1 }
        return JSONBacklog.CardObject(
            lastValueEnd: value.upperBound, separator: Array(bytes[separatorStart..<nameStart]),
            colon: Array(bytes[nameEnd..<value.lowerBound]), written: written)
    }

    /// JSON whitespace.
    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
