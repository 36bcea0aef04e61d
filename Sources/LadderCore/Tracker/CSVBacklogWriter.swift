/// Writes a CSV backlog back in its own dialect with two more columns,
/// `ladder` (the pile each card went on) and `ladder note`. Fields that were
/// read are written exactly as they were, quoted only if they were quoted;
/// new cells follow the file's habit (quoted when every field was, else only
/// when they must be). A file that already has the two columns (from an
/// earlier round) has them filled in again rather than added twice.
enum CSVBacklogWriter {
    /// The header of the verdict column.
    static let verdictHeader = "ladder"
    /// The header of the note column.
    static let noteHeader = "ladder note"

    /// The bytes of `backlog` with `cells[i]` (verdict, note) filled in for
    /// the i-th card of its deck. Rows that are not cards keep their cells.
    static func write(_ backlog: CSVBacklog, cells: [(verdict: String, note: String)]) -> [UInt8] {
        var (rows, dialect) = backlog.parsed()
        guard !rows.isEmpty else { return encode(rows, dialect: dialect) }
        let names = rows[0].map { CardText.line($0).lowercased() }
        let width = rows[0].count
        let verdictColumn = names.firstIndex(of: verdictHeader) ?? width
        let noteColumn = names.firstIndex(of: noteHeader) ?? max(width, verdictColumn + 1)
        let needed = max(verdictColumn, noteColumn) + 1
        var changed: Set<Int> = []
        for row in rows.indices where rows[row].count < needed {
            rows[row] += Array(repeating: "", count: needed - rows[row].count)
        }
        rows[0][verdictColumn] =
            names.indices.contains(verdictColumn) ? rows[0][verdictColumn] : verdictHeader
        rows[0][noteColumn] = names.indices.contains(noteColumn) ? rows[0][noteColumn] : noteHeader
        for (card, row) in backlog.cardRows.enumerated() where card < cells.count && row < rows.count {
            rows[row][verdictColumn] = cells[card].verdict
            rows[row][noteColumn] = cells[card].note
            changed.insert(row)
        }
        return encode(
            rows, dialect: dialect, rewritten: changed, columns: [verdictColumn, noteColumn])
    }

    /// `rows` in `dialect`. A field keeps its original quoting unless it is
    /// new, or in one of `columns` of a row in `rewritten`.
    static func encode(
        _ rows: [[String]], dialect: CSVDialect, rewritten: Set<Int> = [], columns: [Int] = []
    ) -> [UInt8] {
        let policy = QuotePolicy(rows: rows, quoted: dialect.quoted)
        var output: [UInt8] = dialect.hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        for (index, row) in rows.enumerated() {
            if index > 0 { output += dialect.lineBreak }
            let original = index < dialect.quoted.count ? dialect.quoted[index] : []
            for (column, value) in row.enumerated() {
                if column > 0 { output.append(dialect.delimiter) }
                let known =
                    column < original.count && !(rewritten.contains(index) && columns.contains(column))
                let quoted =
                    known
                    ? original[column]
                    : policy.quotes(value, header: index == 0)
                        || mustQuote(value, delimiter: dialect.delimiter)
                append(value, quoted: quoted, to: &output)
            }
        }
        if dialect.endsWithLineBreak, !rows.isEmpty { output += dialect.lineBreak }
        return output
    }

    /// Appends `value`, in quotes with inner quotes doubled when `quoted`.
    private static func append(_ value: String, quoted: Bool, to output: inout [UInt8]) {
        guard quoted else {
            output += value.utf8
            return
        }
        output.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            output.append(byte)
            if byte == UInt8(ascii: "\"") { output.append(byte) }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// True when `value` cannot be written without quotes: it holds the
    /// delimiter, a quote or a line break, or starts or ends with a space.
    static func mustQuote(_ value: String, delimiter: UInt8) -> Bool {
        let bytes = value.utf8
        if bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ") { return true }
        return bytes.contains { $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    }

    /// How a file quotes the fields that did not need it, learnt from what it did.
    private struct QuotePolicy {
        var header = false
        var nonEmpty = false
        var empty = false

        init(rows: [[String]], quoted: [[Bool]]) {
            var counts = (header: [0, 0], nonEmpty: [0, 0], empty: [0, 0])
            for (index, flags) in quoted.enumerated() where index < rows.count {
                for (column, flag) in flags.enumerated() where column < rows[index].count {
                    let slot = flag ? 1 : 0
                    if index == 0 {
                        counts.header[slot] += 1
                    } else if rows[index][column].isEmpty {
                        counts.empty[slot] += 1
                    } else {
                        counts.nonEmpty[slot] += 1
                    }
                }
            }
            func always(_ pair: [Int]) -> Bool { pair[0] == 0 && pair[1] > 0 }
            header = always(counts.header)
            nonEmpty = always(counts.nonEmpty)
            empty = counts.empty[0] + counts.empty[1] == 0 ? nonEmpty : always(counts.empty)
        }

        /// True when a new `value` should be quoted.
        func quotes(_ value: String, header isHeader: Bool) -> Bool {
            if isHeader { return header }
            return value.isEmpty ? empty : nonEmpty
        }
    }
}
