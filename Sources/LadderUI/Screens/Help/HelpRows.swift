/// The help's lines as the box shows them, one screen row each. A
/// description that does not fit beside its keys wraps: inside the text
/// column when the column is wide enough to read, else on indented lines of
/// its own under the keys. So every description is whole at any width, and
/// scrolling counts screen rows.
public enum HelpRows {
    /// One screen row of the help.
    public struct Row: Equatable, Sendable {
        /// What the row shows.
        public enum Kind: Equatable, Sendable {
            /// A section's title.
            case heading
            /// Keys, with the first line of their description beside them
            /// (empty when the description goes under the keys).
            case keys
            /// More of a description, starting at `indent` columns from the text's left edge.
            case more
        }
        /// What the row shows.
        public var kind: Kind
        /// The keys (on a `.keys` row), else empty.
        public var keys: String
        /// The text of the row.
        public var text: String
        /// Columns from the text's left edge where `text` starts.
        public var indent: Int

        /// Creates a row.
        public init(kind: Kind, keys: String, text: String, indent: Int) {
            self.kind = kind
            self.keys = keys
            self.text = text
            self.indent = indent
        }
    }

    /// Fewest columns a description is wrapped in beside its keys; a
    /// narrower column puts descriptions under their keys instead.
    static let narrowestColumn = 24
    /// How far a description under its keys is indented.
    static let underIndent = 2

    /// The rows for `lines` in a text area `width` columns wide whose keys
    /// column is `keyWidth` columns (with a two-column gap before the text).
    public static func rows(_ lines: [(keys: String, text: String)], width: Int, keyWidth: Int) -> [Row] {
        let width = max(1, width)
        let column = width - keyWidth - 2
        var rows: [Row] = []
        for line in lines {
            if line.keys.isEmpty {
                rows += WordWrap.wrap(line.text, width: width).map {
                    Row(kind: .heading, keys: "", text: $0, indent: 0)
                }
            } else if column > 0, TextWidth.of(line.text) <= column {
                rows.append(Row(kind: .keys, keys: line.keys, text: line.text, indent: keyWidth + 2))
            } else if column >= narrowestColumn {
                let wrapped = WordWrap.wrap(line.text, width: column)
                rows.append(Row(kind: .keys, keys: line.keys, text: wrapped[0], indent: keyWidth + 2))
                rows += wrapped.dropFirst().map { Row(kind: .more, keys: "", text: $0, indent: keyWidth + 2) }
            } else {
                rows.append(Row(kind: .keys, keys: line.keys, text: "", indent: keyWidth + 2))
                let indent = min(underIndent, max(0, width - 1))
                rows += WordWrap.wrap(line.text, width: max(1, width - indent)).map {
                    Row(kind: .more, keys: "", text: $0, indent: indent)
                }
            }
        }
        return rows
    }
}
