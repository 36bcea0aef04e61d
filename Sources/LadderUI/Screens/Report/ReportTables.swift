import LadderCore

/// The report's tables and figures as lines: a card's split as a bar, the
/// split and agreement per card, agreement per participant, and the
/// average scorecard. Piles are told by their symbols (○ ▲) and numbers as
/// well as by colour.
enum ReportTables {
    /// `○ 7 ████████▒▒▒▒▒ 5 ▲  7 feels productive · 5 advances you · 3 unsorted`.
    static func bar(_ card: RoomReport.CardLine, indent: Int) -> StyledLine {
        let barWidth = 16
        let sorted = card.sorted
        let filled =
            sorted == 0 ? 0 : Int((Double(card.productive) / Double(sorted) * Double(barWidth)).rounded())
        var words =
            "  \(card.productive) \(Verdict.productive.label) · \(card.advances) \(Verdict.advances.label)"
        if card.unsorted > 0 { words += " · \(card.unsorted) unsorted" }
        return StyledLine(runs: [
            .init(text: String(repeating: " ", count: indent), role: .text),
            .init(text: "\(Verdict.productive.symbol) \(card.productive) ", role: .productive),
            .init(text: String(repeating: "█", count: filled), role: .productive),
            .init(text: String(repeating: "▒", count: barWidth - filled), role: .advances),
            .init(text: " \(card.advances) \(Verdict.advances.symbol)", role: .advances),
            .init(text: words, role: .muted),
        ])
    }

    /// What the lesson says about `card`, as paragraphs with their roles.
    static func lesson(_ card: RoomReport.CardLine) -> [(String, Role)] {
        let chapter = card.chapter.map { " (chapter: \($0))" } ?? ""
        if let readings = card.readings {
            return [
                ("The lesson leaves this open\(chapter).", .accent),
                (
                    "\(Verdict.productive.symbol) For \(Verdict.productive.label): \(readings.productive)",
                    .text
                ),
                ("\(Verdict.advances.symbol) For \(Verdict.advances.label): \(readings.advances)", .text),
            ]
        }
        guard let verdict = card.lessonVerdict else { return [] }
        let reason = card.rationale.map { " " + $0 } ?? ""
        return [("The lesson: \(verdict.symbol) \(verdict.label)\(chapter).\(reason)", .accent)]
    }

    /// The split and agreement on every card, in deck order.
    static func splits(_ report: RoomReport, width: Int) -> [StyledLine] {
        let numbers = 1 + 5 * 3 + 2 + 9 + 15
        let title = max(8, width - numbers)
        var lines = [
            StyledLine(
                pad("card", title) + right("○", 5) + right("▲", 5) + right("·", 5) + "  lesson   "
                    + right("agreement", 15), role: .muted)
        ]
        for card in report.cards {
            let lesson = card.contestedByDesign ? "open" : card.lessonVerdict?.symbol ?? "–"
            let agreement =
                RoomReport.percent(card.agreed, of: card.judged).map {
                    "\($0)% (\(card.agreed)/\(card.judged))"
                }
                ?? "–"
            lines.append(
                StyledLine.marked(
                    pad(card.title, title) + right(card.productive, 5) + right(card.advances, 5)
                        + right(card.unsorted, 5) + "  " + pad(lesson, 8) + right(agreement, 15), role: .text)
            )
        }
        return lines
    }

    /// Every participant: cards sorted, agreement, peeks.
    static func participants(_ report: RoomReport, width: Int) -> [StyledLine] {
        let name = max(8, width - 1 - 10 - 16 - 7)
        var lines = [
            StyledLine(
                pad("name", name) + right("sorted", 10) + right("agreement", 16) + right("peeks", 7),
                role: .muted)
        ]
        guard !report.participants.isEmpty else { return lines + [StyledLine("Nobody yet.", role: .muted)] }
        for person in report.participants {
            let agreement =
                RoomReport.percent(person.agreed, of: person.judged).map {
                    "\($0)% (\(person.agreed)/\(person.judged))"
                } ?? "–"
            lines.append(
                StyledLine(
                    pad(person.name, name) + right("\(person.sorted)/\(report.deck.cardCount)", 10)
                        + right(agreement, 16) + right(person.peeks, 7),
                    role: person.finished ? .text : .muted))
        }
        return lines
    }

    /// The room's average on each gauge, with a bar out of 100.
    static func scorecard(_ report: RoomReport, width: Int) -> [StyledLine] {
        guard !report.scorecard.isEmpty else { return [StyledLine("No scorecard yet.", role: .muted)] }
        let label = 16
        let barWidth = max(5, min(30, width - label - 16))
        return report.scorecard.map { gauge in
            let name = Gauge(rawValue: gauge.gauge)?.label ?? gauge.gauge
            let value = Int(gauge.average.rounded())
            let filled = min(barWidth, max(0, Int((gauge.average / 100 * Double(barWidth)).rounded())))
            return StyledLine(runs: [
                .init(text: pad(name, label), role: .text),
                .init(text: String(repeating: "█", count: filled), role: .gaugeHigh),
                .init(text: String(repeating: "░", count: barWidth - filled), role: .gaugeTrack),
                .init(text: right(value, 5) + "  from \(gauge.participants)", role: .text),
            ])
        }
    }

    /// `text` cut or padded to `width` columns, then a space.
    private static func pad(_ text: String, _ width: Int) -> String {
        let cut = TextWidth.truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - TextWidth.of(cut))) + " "
    }

    /// `value` right-aligned in `width` columns.
    private static func right(_ value: some CustomStringConvertible, _ width: Int) -> String {
        let text = value.description
        return String(repeating: " ", count: max(0, width - TextWidth.of(text))) + text
    }
}
