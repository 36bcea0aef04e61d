/// Tells the rows of a tracker's CSV export that are done, so that finished
/// work is not triaged: a non-blank "Completed At" (Asana), "Completed" or
/// "Canceled" (Linear), "Resolved" (Jira), "Closed" or "Archived" date, a
/// "Status Category" of Done (Jira), or a "State" of closed (GitHub-style).
/// Cells reading `false`, `no` or `0` do not count as a date.
struct TrackerClosedRule {
    /// Header names whose non-blank cell marks a row as done.
    static let dateNames: Set<String> = [
        "completed at", "completed", "canceled", "cancelled", "resolved", "closed at", "closed", "archived",
    ]
    /// Header names whose cell says the state, with the values that mean done.
    static let stateNames: [String: Set<String>] = [
        "status category": ["done"], "state": ["closed", "done"],
    ]

    /// Columns holding a completion date.
    private var dateColumns: [Int] = []
    /// Columns holding a state, with the values that mean done.
    private var stateColumns: [(column: Int, done: Set<String>)] = []

    /// The rule for a header whose names are already lowercased and trimmed.
    init(header names: [String]) {
        for (column, name) in names.enumerated() {
            if Self.dateNames.contains(name) { dateColumns.append(column) }
            if let done = Self.stateNames[name] { stateColumns.append((column, done)) }
        }
    }

    /// True when `row` describes finished work.
    func isClosed(_ row: CSVRow) -> Bool {
        for column in dateColumns where column < row.count {
            let cell = row.line(column).lowercased()
            if !cell.isEmpty, !["false", "no", "0"].contains(cell) { return true }
        }
        for (column, done) in stateColumns where column < row.count {
            if done.contains(row.line(column).lowercased()) { return true }
        }
        return false
    }

}
