import LadderCore
import LadderUI

/// The plain triage's card and answers as lines of text, wrapped to a
/// width: what the full screen draws, in words a screen reader reads out.
enum PlainTriageText {
    /// The card up now: its position ("Card 12/80"), title, group, detail,
    /// whether it is contested, and the note already on it.
    static func card(_ session: TriageSession, width: Int) -> [String] {
        guard let index = session.currentIndex else { return [] }
        let card = session.deck.cards[index]
        let (sorted, total) = session.progress
        var lines = wrap("Card \(sorted + 1)/\(total): \(card.title)", width: width, indent: "")
        if let group = card.group, !group.isEmpty { lines += wrap("Group: " + group, width: width) }
        if let detail = card.detail, !detail.isEmpty { lines += wrap(detail, width: width) }
        if card.isContested { lines += wrap("Contested: the lesson argues it both ways.", width: width) }
        if session.records[index].skips > 0 {
            lines += wrap("(skipped before)", width: width)
        }
        if let note = session.note(at: index) { lines += wrap("Your note: " + note, width: width) }
        return lines
    }

    /// Why the lesson files the current card where it does (after `w`).
    static func reason(_ session: TriageSession, module: Module, width: Int) -> [String] {
        guard let card = session.current else { return [] }
        var lines: [String] = []
        if let readings = card.readings {
            for verdict in Verdict.allCases {
                lines += wrap("For \(verdict.label): " + readings.reading(for: verdict), width: width)
            }
        } else if let verdict = card.verdict {
            lines += wrap("A peek: this card now stays out of your agreement.", width: width)
            lines += wrap("Lesson: \(verdict.label). " + (card.rationale ?? ""), width: width)
        } else {
            lines += wrap("The lesson has no call on this card: it is yours to make.", width: width)
        }
        if let chapter = PlainChapter.describe(card.chapter, in: module) {
            lines += wrap(sentence("Read more: " + chapter), width: width)
        }
        return lines
    }

    /// The line after a sort: agreement, the reason in a sentence and the
    /// chapter, wrapped.
    static func feedback(_ feedback: TriageFeedback, module: Module, width: Int) -> [String] {
        var text: String
        switch feedback.outcome {
        case .agreed: text = "Agreed: the lesson also says \(feedback.placed.label)"
        case .differed: text = "Differs: the lesson says \(feedback.lesson?.label ?? "the other pile")"
        case .contested: text = "Contested, no right answer: you chose \(feedback.placed.label)"
        case .noCall: text = "Sorted to \(feedback.placed.label). n writes a note to defend the call"
        }
        if feedback.peeked, feedback.outcome == .agreed || feedback.outcome == .differed {
            text += " (after a peek: not counted)"
        }
        if let reason = feedback.reason { text += ". " + reason }
        if let chapter = PlainChapter.describe(feedback.chapter, in: module) {
            text = sentence(text) + " " + sentence("See " + chapter)
        }
        return wrap(sentence(text), width: width, indent: "")
    }

    /// `text` ending as a sentence: a full stop added unless it ends in one
    /// (or in `!` or `?`), inside closing quotes too.
    static func sentence(_ text: String) -> String {
        let end = text.reversed().first { !"”’\"')".contains($0) }
        return end.map { ".!?".contains($0) } == true ? text : text + "."
    }

    /// `text` as an item of a list: "  - " before its first line, its
    /// other lines under the first's text.
    static func item(_ text: String, width: Int) -> [String] {
        WordWrap.wrap(text, width: max(10, width - 4)).enumerated().map {
            ($0.offset == 0 ? "  - " : "    ") + $0.element
        }
    }

    /// `text` on one line, wrapped to `width`, each line after `indent`.
    static func wrap(_ text: String, width: Int, indent: String = "  ") -> [String] {
        WordWrap.wrap(text, width: max(10, width - indent.count)).map { indent + $0 }
    }
}
