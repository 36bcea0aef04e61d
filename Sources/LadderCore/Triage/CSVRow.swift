/// Where one field of a CSV row lies in the file's bytes.
struct CSVField: Equatable {
    /// The first byte: of the text itself, or the opening quote when
    /// `isQuoted`.
    var start: Int
    /// Just past the last byte.
    var end: Int
    /// True when the span is a quoted field that needs unquoting (it holds
    /// doubled quotes or text after its closing quote); false when the span is
    /// the field's text as it is (an unquoted field, or a plain quoted one
    /// without its quotes).
    var isQuoted: Bool
}

/// One row of a CSV file as spans of its bytes: a reader asks for the
/// fields it uses, and only those become strings. The cleaned forms
/// (`line`, `block`) are exactly `CardText`'s, made straight from the bytes
/// when the field is already clean.
struct CSVRow {
    /// The file's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The row's fields, in order.
    var fields: [CSVField] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// How many fields the row has.
    var count: Int { fields.count }

    /// Every field, unquoted.
    var texts: [String] { fields.indices.map(text) }

    /// Field `column`, unquoted.
    func text(_ column: Int) -> String {
        let field = fields[column]
        guard field.isQuoted else { return string(field.start..<field.end) }
        var text: [UInt8] = []
        text.reserveCapacity(field.end - field.start)
        var index = field.start + 1
        while index < field.end {
            let byte = bytes[index]
            index += 1
            guard byte == CSVTokenizer.quote else {
                text.append(byte)
                continue
            }
            // A doubled quote is one quote; the closing one ends the quoted part.
            guard index < field.end, bytes[index] == CSVTokenizer.quote else { break }
            text.append(byte)
            index += 1
        }
        text += bytes[index..<field.end]
        return String(decoding: text, as: UTF8.self)
    }

    /// True when field `column` holds nothing but whitespace and line
    /// breaks (`CardText.isBlank`); a missing field is blank.
    func isBlank(_ column: Int) -> Bool {
        guard column < fields.count else { return true }
        let field = fields[column]
        for byte in bytes[field.start..<field.end] {
            if byte >= 0x80 || (field.isQuoted && byte == CSVTokenizer.quote) {
                return CardText.isBlank(text(column))
            }
            if byte != 0x20 && !(0x09...0x0D).contains(byte) { return false }
        }
        return true
    }

    /// `CardText.line` of field `column`.
    func line(_ column: Int) -> String {
        if let plain = plain(column) { return plain }
        return CardText.line(text(column))
    }

    /// `CardText.optionalLine` of field `column`.
    func optionalLine(_ column: Int) -> String? {
        let cleaned = line(column)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// `CardText.optionalBlock` of field `column`.
    func optionalBlock(_ column: Int) -> String? {
        // A plain field is one clean line: what `block` makes of it.
        let cleaned = plain(column) ?? CardText.block(text(column))
        return cleaned.isEmpty ? nil : cleaned
    }

    /// Field `column` as it is when it needs no cleaning (printable ASCII
    /// without leading, trailing or doubled spaces), else nil.
    private func plain(_ column: Int) -> String? {
        let field = fields[column]
        guard !field.isQuoted else { return nil }
        let span = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        return CardText.isPlainLine(span) ? string(field.start..<field.end) : nil
    }

    /// The bytes in `range` as a string.
    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
