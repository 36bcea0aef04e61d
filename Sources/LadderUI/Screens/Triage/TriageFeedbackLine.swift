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
            runs.append(.init(text: ". Press n to defend the call in a note.", role: .muted))
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

    /// Draws the feedback for the last sort of `triage` on row `y` of `area`'s columns.
    static func draw(
        _ state: AppState, _ triage: TriageState, x: Int, y: Int, width: Int, into layer: inout Layer
    ) {
        guard let feedback = triage.session.lastFeedback, width > 0 else { return }
        line(feedback, state: state).draw(into: &layer, x: x, y: y, width: width)
    }
}
