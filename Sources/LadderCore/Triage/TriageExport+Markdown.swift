import FoundationEssentials

extension TriageExport {
    /// The report for `session` as Markdown, generated at `generatedAt`,
    /// with `extra` (a pre-rendered Markdown section) appended when given.
    public static func markdown(session: TriageSession, generatedAt: Date, extra: String? = nil) -> String {
        var lines = summary(session, generatedAt: generatedAt)
        for verdict in [Verdict.advances, .productive] {
            let cards = session.pileIndices(verdict)
            lines += ["", "## \(capitalised(verdict.label)) (\(cards.count))", ""]
            lines += cards.isEmpty ? ["Nothing on this pile."] : cards.map { cardLine($0, session) }
        }
        if session.agreement == nil, session.pileCount(.productive) > 0 {
            lines += ["", "## Candidates not to build", ""]
            lines.append(
                "This backlog has no lesson verdicts; these are the items you judged only to feel productive."
            )
            lines.append("Question each before anyone builds it.")
            lines.append("")
            lines += session.pile(.productive).map { "- " + escaped($0.keyedTitle) }
        }
        let notes = session.notes
        if !notes.isEmpty {
            lines += ["", "## Your notes (\(notes.count))", ""]
            lines += notes.map { card, note in
                let pile = session.record(for: card.id).map { TrackerExport.verdictText($0) } ?? ""
                return
                    "- **\(escaped(card.keyedTitle))** (\(pile.isEmpty ? "not sorted" : pile)): \(escaped(note))"
            }
        }
        let disagreements = session.disagreements
        if session.agreement != nil, !disagreements.isEmpty {
            lines += ["", "## Where you and the lesson differ (\(disagreements.count))", ""]
            lines += disagreements.map { disagreementLine($0, session) }
        }
        lines += contestedSection(session)
        if session.remaining > 0 {
            lines += ["", "## Not sorted yet (\(session.remaining))", ""]
            lines += session.unsorted.map { "- " + escaped($0.keyedTitle) }
        }
        if let extra, !CardText.trim(extra).isEmpty {
            lines += ["", CardText.trim(extra)]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The title block and the totals.
    private static func summary(_ session: TriageSession, generatedAt: Date) -> [String] {
        let progress = session.progress
        let totals = session.records.reduce(into: (reveals: 0, undos: 0)) {
            $0.reveals += $1.reveals
            $0.undos += $1.undos
        }
        var lines = [
            "# Triage: \(escaped(session.deck.title))", "",
            "Generated \(timestamp(generatedAt)).", "",
            "- Sorted: \(progress.sorted) of \(progress.total)",
            "- \(capitalised(Verdict.advances.label)): \(session.pileCount(.advances))",
            "- \(capitalised(Verdict.productive.label)): \(session.pileCount(.productive))",
            "- Not sorted yet: \(session.remaining)",
        ]
        if let agreement = session.agreement {
            lines.append(
                "- Agreement with the lesson: \(agreement.agreed) of \(agreement.judged) (\(agreement.percent)%)"
                    + (agreement.peeked > 0 ? "; \(agreement.peeked) peeked at first, left out" : ""))
        } else {
            lines.append("- Agreement with the lesson: no lesson verdicts in this deck")
        }
        lines.append("- Reveals: \(totals.reveals) · undos: \(totals.undos)")
        return lines
    }

    /// One card on a pile: title, lesson verdict and agreement, time, reveals, undos.
    private static func cardLine(_ index: Int, _ session: TriageSession) -> String {
        let card = session.deck.cards[index]
        let record = session.records[index]
        var parts: [String] = []
        if let lesson = card.verdict {
            let call = record.peeked ? "peeked" : lesson == record.placed ? "agree" : "differ"
            parts.append("lesson: \(lesson.label) (\(call))")
        } else if card.isContested {
            parts.append("lesson: contested (not scored)")
        }
        if let taken = record.timeTaken { parts.append(duration(taken)) }
        parts.append(count(record.reveals, "reveal"))
        parts.append(count(record.undos, "undo"))
        return "- **\(escaped(card.keyedTitle))** — " + parts.joined(separator: " · ")
    }

    /// One disagreement, with the lesson's reasoning when the deck has it.
    private static func disagreementLine(_ card: Card, _ session: TriageSession) -> String {
        let placed = session.record(for: card.id)?.placed?.label ?? "unsorted"
        let lesson = card.verdict?.label ?? "none"
        var line = "- **\(escaped(card.keyedTitle))** — you: \(placed); lesson: \(lesson)."
        if let rationale = card.rationale { line += " " + escaped(rationale) }
        return line
    }

    /// The sorted contested cards with both of the lesson's readings; none
    /// when the deck has no sorted contested card.
    private static func contestedSection(_ session: TriageSession) -> [String] {
        let indices = session.contestedIndices
        guard !indices.isEmpty else { return [] }
        var lines = ["", "## Contested: both readings (\(indices.count))", ""]
        lines.append("The lesson argues these both ways, so they count neither for nor against you.")
        lines.append("")
        for index in indices {
            let card = session.deck.cards[index]
            guard let readings = card.readings else { continue }
            let placed = session.records[index].placed?.label ?? "unsorted"
            lines.append("- **\(escaped(card.keyedTitle))** — you: \(placed).")
            lines.append("  - \(capitalised(Verdict.productive.label)): \(escaped(readings.productive))")
            lines.append("  - \(capitalised(Verdict.advances.label)): \(escaped(readings.advances))")
        }
        return lines
    }

    /// `number` and `noun`, plural when needed.
    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// `text` with its first letter in upper case.
    private static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// `text` with Markdown's inline markup characters escaped.
    static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            if "\\`*_[]<>|#".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
