import LadderCore

/// The line of feedback after a sort, over the next card: whether you agree
/// with the lesson, its reason in a sentence and the chapter; that the answer
/// was peeked at; both readings of a contested card; for a card the lesson
/// has no call on, where it went and that a note can defend it.
enum TriageFeedbackLine {
    /// The line for `feedback`.
    static func line(_ feedback: TriageFeedback, state: AppState) -> StyledLine {
        var runs: [StyledLine.Run] = []
        let pile = { (verdict: Verdict) in
            StyledLine.Run(
                text: "\(verdict.symbol) \(verdict.label)", role: TriagePileView.role(of: verdict),
                attributes: [.bold])
        }
        switch feedback.outcome {
        case .agreed:
            runs.append(.init(text: "✓ You agree with the lesson: ", role: .success, attributes: [.bold]))
            runs.append(pile(feedback.placed))
        case .differed:
            runs.append(.init(text: "✗ The lesson says ", role: .warning, attributes: [.bold]))
            if let lesson = feedback.lesson { runs.append(pile(lesson)) }
        case .contested:
            runs.append(.init(text: "⇄ Contested, no right answer: you chose ", role: .accent))
            runs.append(pile(feedback.placed))
        case .noCall:
            runs.append(.init(text: "Sorted to ", role: .muted))
            runs.append(pile(feedback.placed))
            if let note = state.keyName("triage.note", in: TriageBindings.sorting) {
                runs.append(.init(text: ". Press \(note) to defend the call in a note.", role: .muted))
            }
        }
        if feedback.peeked, feedback.outcome == .agreed || feedback.outcome == .differed {
            runs.append(.init(text: " (peeked: not counted)", role: .muted))
        }
        if let reason = feedback.reason {
            runs.append(.init(text: ". " + reason, role: .text))
        }
        if let index = TriageBindings.readableChapter(feedback.chapter, in: state) {
            runs.append(.init(text: " · chapter \(index + 1)", role: .muted))
        } else if let chapter = feedback.chapter,
            case .notes(let noted)? = ChapterLink.resolve(chapter, in: state.module)
        {
            runs.append(.init(text: " · notes: \(BundledModule.module.chapters[noted].title)", role: .muted))
        }
        return StyledLine(runs: runs)
    }

    /// The feedback for the last sort wrapped to `width`; none while the
    /// reason is shown, once every card is sorted, or when answers are hidden.
    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        guard let triage = state.triage, width > 0, !triage.isRevealed, !triage.session.isFinished,
            let feedback = triage.session.lastFeedback
        else { return [] }
        return line(feedback, state: state).wrapped(width: width)
    }

    /// Draws the feedback for the last sort in `area`, its last row ending
    /// in "…" when the text needs more rows than it has.
    static func draw(_ state: AppState, area: Rect, into layer: inout Layer) {
        let fitted = StyledLine.fit(lines(state, width: area.width), rows: area.height)
        for (row, line) in fitted.lines.enumerated() {
            let cut = fitted.cut && row == fitted.lines.count - 1
            line.draw(into: &layer, x: area.x, y: area.y + row, width: area.width, cut: cut)
        }
    }
}
