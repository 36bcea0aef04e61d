import LadderCore

/// The plain triage's summary once every card is sorted: the agreement
/// with the lesson (or the split of a real backlog), the cards worth a
/// second look, the notes, and where to go next.
enum PlainTriageSummary {
    /// The summary of `session`, wrapped to `width`.
    static func lines(_ session: TriageSession, module: Module, width: Int) -> [String] {
        let wrap = { (text: String) in PlainTriageText.item(text, width: width) }
        var lines = ["Every card is sorted."]
        let productive = session.pileCount(.productive)
        let advances = session.pileCount(.advances)
        let total = max(1, productive + advances)
        let share = { (count: Int) in "\(count) (\(Int((Double(count) * 100 / Double(total)).rounded()))%)" }
        if let agreement = session.agreement {
            var text =
                "You agreed with the lesson on \(agreement.agreed) of \(agreement.judged) cards: "
                + "\(agreement.percent)%."
            if agreement.peeked > 0 { text += " \(agreement.peeked) sorted after a peek are left out." }
            lines += PlainTriageText.wrap(text, width: width, indent: "")
        } else {
            lines.append("Your split (the backlog has no lesson verdicts to compare):")
        }
        lines.append("Feels productive: \(share(productive)); advances you: \(share(advances)).")
        if session.agreement != nil {
            lines += differences(session, module: module, wrap: wrap)
        } else {
            for verdict in [Verdict.advances, .productive] {
                let cards = session.pile(verdict)
                guard !cards.isEmpty else { continue }
                let why = verdict == .productive ? ": candidates to drop, shrink or hand on" : ""
                lines += ["", "On \(verdict.label) (\(cards.count))\(why):"]
                lines += cards.flatMap { wrap($0.title) }
            }
        }
        let notes = session.notes
        if !notes.isEmpty {
            lines += ["", "Your notes (\(notes.count)):"]
            lines += notes.flatMap { wrap("\($0.card.title): \($0.note)") }
        }
        lines += ["", "Next: ladder scorecard --plain shows your leverage profile; u undoes the last card."]
        return lines
    }

    /// The cards where the user and the lesson differ, then the contested
    /// ones with the reading behind the pile chosen.
    private static func differences(
        _ session: TriageSession, module: Module, wrap: (String) -> [String]
    ) -> [String] {
        var lines: [String] = []
        let differing = session.disagreements
        if differing.isEmpty {
            lines += ["", "You and the lesson agreed on every card."]
        } else {
            lines += ["", "Where you and the lesson differ (\(differing.count)):"]
            for card in differing {
                guard let lesson = card.verdict else { continue }
                var text = "\(card.title): the lesson says \(lesson.label)."
                if let rationale = card.rationale { text += " " + TriageFeedback.firstSentence(rationale) }
                if let chapter = PlainChapter.describe(card.chapter, in: module) {
                    text = PlainTriageText.sentence(text) + " " + PlainTriageText.sentence("See " + chapter)
                }
                lines += wrap(text)
            }
        }
        let contested = session.contestedIndices
        if !contested.isEmpty {
            lines += ["", "Contested cards, argued both ways and not scored (\(contested.count)):"]
            for index in contested {
                let card = session.deck.cards[index]
                guard let placed = session.records[index].placed, let readings = card.readings else {
                    continue
                }
                lines += wrap("\(card.title): you chose \(placed.label). \(readings.reading(for: placed))")
            }
        }
        return lines
    }
}
