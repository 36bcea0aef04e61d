import LadderCore

/// The report as lines to scroll through at a width: the same figures as
/// the Markdown report (who took part, the discussion prompts with the
/// lesson's reasoning and the room's notes, the split and agreement per
/// card, agreement per participant, the average scorecard, the files left
/// out), in sections that can be jumped between.
struct ReportDocument: Equatable {
    /// A section: its title and its first line.
    struct Section: Equatable {
        var title: String
        var short: String
        var line: Int
    }

    /// The width the lines were made for.
    let width: Int
    /// Every line.
    private(set) var lines: [StyledLine] = []
    /// The sections, in order.
    private(set) var sections: [Section] = []

    /// The document of `report` at `width` columns.
    init(_ report: RoomReport, width: Int) {
        self.width = width
        let measure = max(10, width - 2)
        lines.append(StyledLine("Room report: " + report.title, role: .title, attributes: .bold))
        let finished = report.participants.filter(\.finished).count
        let seed = report.seed.map { " · seed \($0)" } ?? ""
        wrap(
            "\(report.participants.count) took part (\(finished) sorted every card) · deck \(report.deck.title), "
                + "\(report.deck.cardCount) cards\(seed)", role: .muted, measure: measure)
        discussion(report, measure: measure)
        section("Split per card", short: "Cards")
        ReportTables.splits(report, width: measure).forEach { add($0) }
        section("Participants", short: "People")
        ReportTables.participants(report, width: measure).forEach { add($0) }
        section("The room's average scorecard", short: "Scorecard")
        ReportTables.scorecard(report, width: measure).forEach { add($0) }
        if !report.skipped.isEmpty {
            section("Files left out", short: "Left out")
            for file in report.skipped {
                wrap("\(file.file): \(file.reason)", role: .warning, measure: measure)
            }
        }
    }

    /// The first line of the section at or before `line`, as an index into `sections`.
    func section(at line: Int) -> Int {
        sections.lastIndex { $0.line <= line } ?? 0
    }

    private mutating func discussion(_ report: RoomReport, measure: Int) {
        section("Where the room split", short: "Discuss")
        let cards = report.discussion()
        guard !cards.isEmpty else {
            add(StyledLine("No card split the room.", role: .muted))
            return
        }
        add(StyledLine("The most contested cards first: the nearest to an even split.", role: .muted))
        for (place, card) in cards.enumerated() {
            add(StyledLine("", role: .text))
            let number = "\(place + 1). "
            let titleLines = WordWrap.wrap(card.title, width: max(1, measure - number.count))
            for (index, text) in titleLines.enumerated() {
                let lead = index == 0 ? number : String(repeating: " ", count: number.count)
                add(StyledLine(lead + text, role: .heading, attributes: .bold))
            }
            add(ReportTables.bar(card, indent: number.count))
            let indent = String(repeating: " ", count: number.count)
            wrap("Ask: " + RoomReport.prompt(for: card), role: .emphasis, measure: measure, indent: indent)
            for (text, role) in ReportTables.lesson(card) {
                wrap(text, role: role, measure: measure, indent: indent)
            }
            for note in card.notes {
                wrap("“\(note.text)” — \(note.name)", role: .quote, measure: measure, indent: indent)
            }
        }
    }

    private mutating func section(_ title: String, short: String) {
        add(StyledLine("", role: .text))
        sections.append(Section(title: title, short: short, line: lines.count))
        add(StyledLine(title, role: .heading, attributes: [.bold, .underline]))
    }

    mutating func add(_ line: StyledLine) { lines.append(line) }

    private mutating func wrap(_ text: String, role: Role, measure: Int, indent: String = "") {
        for line in WordWrap.wrap(text, width: max(1, measure - indent.count)) {
            lines.append(StyledLine.marked(indent + line, role: role))
        }
    }
}
