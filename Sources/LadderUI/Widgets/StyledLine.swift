import LadderCore

/// One row of text made of runs in different roles, which the triage views
/// build first and draw once they know how many rows fit.
struct StyledLine: Equatable {
    /// A run of text in one role.
    struct Run: Equatable {
        var text: String
        var role: Role
        var attributes: TextAttributes = []
    }

    /// The runs, left to right.
    var runs: [Run]
    /// True for a line that may be dropped when rows are short (spacing, detail).
    var isOptional = false

    /// A line of one run.
    init(_ text: String, role: Role, attributes: TextAttributes = [], isOptional: Bool = false) {
        runs = [Run(text: text, role: role, attributes: attributes)]
        self.isOptional = isOptional
    }

    /// A line of several runs.
    init(runs: [Run], isOptional: Bool = false) {
        self.runs = runs
        self.isOptional = isOptional
    }

    /// A line of `text` in `role` whose pile symbols (○ ▲) take their
    /// pile's role, so that they stand out in colour as well as by shape.
    static func marked(
        _ text: String, role: Role, attributes: TextAttributes = [], isOptional: Bool = false
    ) -> StyledLine {
        var runs: [Run] = []
        var plain = ""
        for character in text {
            let verdict = Verdict.allCases.first { $0.symbol == String(character) }
            guard let verdict else {
                plain.append(character)
                continue
            }
            if !plain.isEmpty { runs.append(Run(text: plain, role: role, attributes: attributes)) }
            plain = ""
            runs.append(
                Run(text: verdict.symbol, role: TriagePileView.role(of: verdict), attributes: attributes))
        }
        if !plain.isEmpty || runs.isEmpty {
            runs.append(Run(text: plain, role: role, attributes: attributes))
        }
        return StyledLine(runs: runs, isOptional: isOptional)
    }

    /// The line marked as cut: its text ends in "…" within `width`.
    func cut(to width: Int) -> StyledLine {
        var text = TextWidth.prefix(self.text, fitting: max(0, width - 1)).text
        while text.last == " " { text.removeLast() }
        var line = StyledLine.marked(String(text) + "…", role: runs.last?.role ?? .text)
        line.isOptional = isOptional
        return line
    }

    /// An empty line that goes first when rows are short.
    static let gap = StyledLine("", role: .text, isOptional: true)

    /// The line's text, all runs joined.
    var text: String { runs.map(\.text).joined() }

    /// Draws the line at (x, y) in at most `width` columns, ending in "…"
    /// when `cut` is set or the text does not fit.
    func draw(into layer: inout Layer, x: Int, y: Int, width: Int, cut: Bool = false) {
        guard width > 0 else { return }
        let needsEllipsis = cut || TextWidth.of(text) > width
        let room = needsEllipsis ? width - 1 : width
        var column = x
        for run in runs {
            let left = room - (column - x)
            guard left > 0 else { break }
            let shown = TextWidth.prefix(run.text, fitting: left).text
            column += layer.write(
                shown, x: column, y: y, role: run.role, attributes: run.attributes, limit: left)
        }
        if needsEllipsis {
            while column > x, let cell = layer.cell(x: column - 1, y: y), cell.character == " ",
                !cell.isContinuation
            {
                column -= 1
            }
            let role = runs.last?.role ?? .text
            layer.write("…", x: min(column, x + width - 1), y: y, role: role)
        }
    }

    /// `lines` cut to `rows`: optional lines go first, from the bottom up;
    /// if that is not enough the last line kept is marked as cut.
    static func fit(_ lines: [StyledLine], rows: Int) -> (lines: [StyledLine], cut: Bool) {
        guard rows > 0 else { return ([], !lines.isEmpty) }
        var kept = lines
        var index = kept.count - 1
        while kept.count > rows, index >= 0 {
            if kept[index].isOptional { kept.remove(at: index) }
            index -= 1
        }
        if kept.count <= rows { return (kept, false) }
        return (Array(kept.prefix(rows)), true)
    }
}

/// Wrapped text as styled lines for the triage screen.
enum TriageText {
    /// Wrapped lines of `text` as styled lines in `role`.
    static func lines(
        _ text: String, width: Int, role: Role, attributes: TextAttributes = [], maxLines: Int = .max,
        isOptional: Bool = false
    ) -> [StyledLine] {
        WordWrap.wrap(text, width: width, limit: maxLines).map {
            StyledLine.marked($0, role: role, attributes: attributes, isOptional: isOptional)
        }
    }
}
