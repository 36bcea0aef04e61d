/// Writes a JSON backlog back with two more members on each card object,
/// `"ladder"` (the pile the card went on) and `"ladderNote"`. Every other byte
/// of the file stays as it was: the members are spliced in after the object's
/// last member, spaced and indented like it. Members ladder wrote in an
/// earlier round get their values replaced rather than added twice.
enum JSONBacklogWriter {
    /// The member holding the verdict.
    static let verdictMember = "ladder"
    /// The member holding the note.
    static let noteMember = "ladderNote"

    /// The bytes of `backlog` with `cells[i]` (verdict, note) written into
    /// the i-th card's object.
    static func write(_ backlog: JSONBacklog, cells: [(verdict: String, note: String)]) -> [UInt8] {
        var edits: [(range: Range<Int>, bytes: [UInt8])] = []
        for (card, object) in backlog.cards.enumerated() where card < cells.count {
            var added: [UInt8] = []
            let values = [(verdictMember, cells[card].verdict), (noteMember, cells[card].note)]
            for (name, value) in values {
                if let range = object.written[name] {
                    edits.append((range, encoded(value)))
                } else {
                    added += [UInt8(ascii: ",")] + object.separator + encoded(name) + object.colon
                    added += encoded(value)
                }
            }
            if !added.isEmpty { edits.append((object.lastValueEnd..<object.lastValueEnd, added)) }
        }
        edits.sort { $0.range.lowerBound < $1.range.lowerBound }
        var output: [UInt8] = []
        output.reserveCapacity(backlog.bytes.count + edits.count * 48)
        var position = 0
        for edit in edits where edit.range.lowerBound >= position {
            output += backlog.bytes[position..<edit.range.lowerBound]
            output += edit.bytes
            position = edit.range.upperBound
        }
        output += backlog.bytes[position...]
        return output
    }

    /// `text` as a JSON string: quotes, backslashes and control characters
    /// escaped, everything else as it is.
    static func encoded(_ text: String) -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), byte]
            case 0x0A: output += Array(#"\n"#.utf8)
            case 0x0D: output += Array(#"\r"#.utf8)
            case 0x09: output += Array(#"\t"#.utf8)
            case 0x00..<0x20:
                let hex = String(byte, radix: 16)
                output += Array((#"\u00"# + (hex.count < 2 ? "0" : "") + hex).utf8)
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
        return output
    }
}
