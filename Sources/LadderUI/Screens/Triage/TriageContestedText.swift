import LadderCore

/// How a contested card reads once revealed or listed: the lesson argues
/// it both ways, each pile with its sentence, and it is not scored.
enum TriageContestedText {
    /// The label shown where a verdict would be.
    static let label = "◆ contested"

    /// The reveal: the label (never scored), the optional framing
    /// sentence, then each pile's reading under its symbol.
    static func lines(_ readings: ContestedReadings, rationale: String?, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = [
            StyledLine(runs: [
                .init(text: "Lesson: ", role: .muted), .init(text: label, role: .accent, attributes: [.bold]),
                .init(text: " · not scored", role: .muted),
            ])
        ]
        lines += TriageText.lines(
            "It argues for both piles:", width: width, role: .muted, isOptional: true)
        lines.append(.gap)
        if let rationale, !rationale.isEmpty {
            lines += TriageText.lines(rationale, width: width, role: .text)
            lines.append(.gap)
        }
        for verdict in [Verdict.productive, .advances] {
            lines += reading(verdict, readings.reading(for: verdict), width: width)
        }
        return lines
    }

    /// One pile's reading, its first line led by the pile's symbol.
    private static func reading(_ verdict: Verdict, _ text: String, width: Int) -> [StyledLine] {
        let wrapped = WordWrap.wrap(text, width: max(1, width - 2))
        return wrapped.enumerated().map { row, line in
            StyledLine(runs: [
                .init(text: row == 0 ? verdict.symbol + " " : "  ", role: TriagePileView.role(of: verdict)),
                .init(text: line, role: .text),
            ])
        }
    }

    /// The summary list's heading: the disagreements, and the contested
    /// cards listed after them when there are any.
    static func summaryTitle(_ triage: TriageState) -> String {
        let cards = triage.session.deck.cards
        let contested = triage.disagreements.filter { cards[$0].isContested }.count
        let differ = triage.disagreements.count - contested
        let base = "Where you and the lesson differ (\(differ))"
        return contested == 0 ? base : base + " · contested (\(contested))"
    }

    /// A contested card on the summary: your pile and title, then both
    /// readings, muted and indented.
    static func summaryItem(
        _ title: String, placed: Verdict, _ readings: ContestedReadings, width: Int
    ) -> [StyledLine] {
        var lines = [
            StyledLine(runs: [
                .init(text: "\(placed.symbol) ", role: TriagePileView.role(of: placed)),
                .init(text: title, role: .text, attributes: [.bold]),
                .init(text: "  ◆ contested", role: .accent),
            ])
        ]
        for verdict in [Verdict.productive, .advances] {
            let text = "\(verdict.symbol) " + readings.reading(for: verdict)
            lines += WordWrap.wrap(text, width: max(1, width - 2), limit: 2).map {
                StyledLine.marked("  " + $0, role: .muted)
            }
        }
        return lines
    }
}
