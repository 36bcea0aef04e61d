/// Which columns of a tracker's CSV export feed which card fields. Header
/// names are matched case-insensitively after trimming; for each field the
/// names are tried in the order listed, and when a name repeats (Jira repeats
/// "Labels") the first non-blank cell wins, except for the group, which joins
/// them. Rows a tracker marks as done (see `closed`) are left out.
struct CSVColumns {
    /// Header names that can hold the title, best first.
    static let titleNames = ["summary", "title", "name"]
    /// Header names for the detail.
    static let detailNames = ["description", "body", "details", "notes"]
    /// Header names for the lesson's verdict.
    static let verdictNames = ["verdict"]
    /// Header names for the rationale.
    static let rationaleNames = ["rationale", "why"]
    /// Header names for the chapter.
    static let chapterNames = ["chapter"]
    /// Header names for the group.
    static let groupNames = [
        "group", "epic", "epic name", "section/column", "section", "list", "labels", "label", "tags",
    ]
    /// Header names for a tracker key used as the card's id.
    static let keyNames = ["issue key", "key", "id", "issue id", "task id"]
    /// Header names for weights written as `problem +2, scope +1`.
    static let weightsNames = ["weights"]
    /// Header names for a contested card's reading for "feels productive".
    static let productiveReadingNames = ["productive-reading", "productive reading", "productivereading"]
    /// Header names for a contested card's reading for "advances you".
    static let advancesReadingNames = ["advances-reading", "advances reading", "advancesreading"]

    var title: [Int]
    var detail: [Int]
    var verdict: [Int]
    var rationale: [Int]
    var chapter: [Int]
    var group: [Int]
    var key: [Int]
    var weights: [Int]
    var productiveReading: [Int]
    var advancesReading: [Int]
    /// Columns that mark a row as done (see `TrackerClosedRule`).
    var closed: TrackerClosedRule

    /// Maps `header`; nil when no column can hold a title.
    init?(header: [String]) {
        let names = header.map { CardText.line($0).lowercased() }
        func columns(_ candidates: [String]) -> [Int] {
            for candidate in candidates {
                let matches = names.indices.filter { names[$0] == candidate }
                if !matches.isEmpty { return matches }
            }
            return []
        }
        title = columns(Self.titleNames)
        guard !title.isEmpty else { return nil }
        detail = columns(Self.detailNames)
        verdict = columns(Self.verdictNames)
        rationale = columns(Self.rationaleNames)
        chapter = columns(Self.chapterNames)
        group = columns(Self.groupNames)
        key = columns(Self.keyNames)
        weights = columns(Self.weightsNames)
        productiveReading = columns(Self.productiveReadingNames)
        advancesReading = columns(Self.advancesReadingNames)
        closed = TrackerClosedRule(header: names)
    }

    /// The first of `columns` whose cell in `row` is not blank; missing
    /// cells are blank.
    static func first(_ columns: [Int], in row: CSVRow) -> Int? {
        columns.first { !row.isBlank($0) }
    }

    /// The first non-blank cell of `columns` in `row`, unquoted but not cleaned.
    static func value(_ columns: [Int], in row: CSVRow) -> String? {
        first(columns, in: row).map(row.text)
    }

    /// The first non-blank cell of `columns` in `row`, cleaned as one line;
    /// nil when there is none or nothing is left of it.
    static func line(_ columns: [Int], in row: CSVRow) -> String? {
        first(columns, in: row).flatMap(row.optionalLine)
    }

    /// Every non-blank cell of `columns` in `row`, each cleaned as one line
    /// and joined with ", " (Jira writes one "Labels" column per label); nil
    /// when all are blank.
    static func joined(_ columns: [Int], in row: CSVRow) -> String? {
        // One column (the usual case): its cell cleaned.
        if columns.count == 1 { return line(columns, in: row) }
        let cells = columns.compactMap { $0 < row.count ? row.optionalLine($0) : nil }
        return cells.isEmpty ? nil : CardText.optionalLine(cells.joined(separator: ", "))
    }
}
