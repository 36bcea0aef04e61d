import FoundationEssentials

extension RoomReport {
    /// The report as Markdown: the discussion prompts first (the most
    /// contested cards with the lesson's reasoning and the room's notes),
    /// then the split per card, the participants and the average scorecard.
    public func markdown(discussionLimit: Int = 10) -> String {
        var lines = ["# Room report: \(Self.inline(title))", ""]
        let finished = participants.filter(\.finished).count
        let seedText = seed.map { ", seed \($0)" } ?? ""
        lines.append(
            "\(participants.count) took part (\(finished) sorted every card). Deck: \(Self.inline(deck.title)), "
                + "\(deck.cardCount) cards\(seedText).")
        lines.append("")
        lines += discussionSection(limit: discussionLimit)
        lines += splitSection()
        lines += participantSection()
        lines += scorecardSection()
        if !skipped.isEmpty {
            lines += ["## Files left out", ""]
            lines += skipped.map { "- `\(Self.inline($0.file))`: \(Self.inline($0.reason))" }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func discussionSection(limit: Int) -> [String] {
        let cards = discussion(limit: limit)
        var lines = ["## Where the room split", ""]
        guard !cards.isEmpty else { return lines + ["No card split the room.", ""] }
        lines += ["The most contested cards first: the nearest to an even split.", ""]
        for (place, card) in cards.enumerated() {
            lines.append("### \(place + 1). \(Self.inline(card.title))")
            lines.append("")
            lines.append(
                "\(card.productive) feels productive · \(card.advances) advances you"
                    + (card.unsorted > 0 ? " · \(card.unsorted) unsorted" : ""))
            lines.append("")
            lines.append("- Ask: " + Self.prompt(for: card))
            lines += Self.lessonLines(for: card)
            for note in card.notes {
                lines.append("- \(Self.inline(note.name)): “\(Self.inline(note.text))”")
            }
            lines.append("")
        }
        return lines
    }

    /// What the lesson says about `card`: its verdict and reason, or both readings.
    static func lessonLines(for card: CardLine) -> [String] {
        let chapter = card.chapter.map { " (chapter: \(Self.inline($0)))" } ?? ""
        if let readings = card.readings {
            return [
                "- The lesson leaves this open\(chapter).",
                "  - For “\(Verdict.productive.label)”: " + Self.inline(readings.productive),
                "  - For “\(Verdict.advances.label)”: " + Self.inline(readings.advances),
            ]
        }
        guard let verdict = card.lessonVerdict else { return [] }
        let reason = card.rationale.map { " " + Self.inline($0) } ?? ""
        return ["- The lesson: \(verdict.label)\(chapter).\(reason)"]
    }

    /// A question that opens the discussion of `card`.
    public static func prompt(for card: CardLine) -> String {
        if card.contestedByDesign {
            return "The lesson itself is torn here: which of its principles decided it for you?"
        }
        return
            "The room split \(card.productive)–\(card.advances). What did each side see that the other did not?"
    }

    private func splitSection() -> [String] {
        var lines = [
            "## Split per card", "",
            "| card | feels productive | advances you | unsorted | lesson | agreement |",
            "|---|---:|---:|---:|---|---:|",
        ]
        for card in cards {
            let lesson = card.contestedByDesign ? "open" : card.lessonVerdict?.label ?? "—"
            let agreement =
                Self.percent(card.agreed, of: card.judged).map { "\($0)% (\(card.agreed)/\(card.judged))" }
                ?? "—"
            lines.append(
                "| \(Self.cell(card.title)) | \(card.productive) | \(card.advances) | \(card.unsorted) | \(lesson) | \(agreement) |"
            )
        }
        return lines + [""]
    }

    private func participantSection() -> [String] {
        var lines = [
            "## Participants", "", "| name | sorted | agreement | peeks |", "|---|---:|---:|---:|",
        ]
        for person in participants {
            let agreement =
                Self.percent(person.agreed, of: person.judged).map {
                    "\($0)% (\(person.agreed)/\(person.judged))"
                } ?? "—"
            lines.append(
                "| \(Self.cell(person.name)) | \(person.sorted)/\(deck.cardCount) | \(agreement) | \(person.peeks) |"
            )
        }
        return lines + [""]
    }

    private func scorecardSection() -> [String] {
        guard !scorecard.isEmpty else { return [] }
        var lines = ["## The room's average scorecard", "", "| gauge | average | from |", "|---|---:|---:|"]
        for gauge in scorecard {
            let label = Gauge(rawValue: gauge.gauge)?.label ?? gauge.gauge
            lines.append(
                "| \(Self.cell(label)) | \(Int(gauge.average.rounded())) | \(gauge.participants) |")
        }
        return lines + [""]
    }

    /// Text from a file, safe on one Markdown line.
    static func inline(_ text: String) -> String {
        Sanitizer.clean(text).replacingAll("\n", with: " ")
    }

    /// Text from a file, safe in a Markdown table cell.
    static func cell(_ text: String) -> String {
        inline(text).replacingAll("|", with: "\\|")
    }
}
