/// A JSON value that remembers the line it starts on, so deck errors can
/// point at the card at fault.
struct LinedJSON {
    /// The value itself.
    enum Kind {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([LinedJSON])
        case object([String: LinedJSON])
    }

    /// The value.
    var kind: Kind
    /// The 1-based line it starts on.
    var line: Int
    /// The byte offset of its first byte in the parsed text.
    var start = 0
    /// The byte offset just past its last byte.
    var end = 0
    /// For an object's member, the byte offset of its name's opening quote.
    var nameStart: Int?

    /// The string, when this is one.
    var string: String? {
        if case .string(let value) = kind { return value }
        return nil
    }

    /// The elements, when this is an array.
    var array: [LinedJSON]? {
        if case .array(let value) = kind { return value }
        return nil
    }

    /// The members, when this is an object.
    var object: [String: LinedJSON]? {
        if case .object(let value) = kind { return value }
        return nil
    }

    /// True for `null`.
    var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// What this is, as an error message names it.
    var typeName: String {
        switch kind {
        case .null: "null"
        case .bool: "a true/false value"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
