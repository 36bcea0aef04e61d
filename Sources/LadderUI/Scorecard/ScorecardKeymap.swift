import LadderCore

/// The scorecard screen's keys: j/k or arrows choose a statement, h/l or
/// arrows rate it, Enter, s and w open a chapter. Digits switch screens here
/// as everywhere, so that a stray 1, 2 or 3 never overwrites an answer.
enum ScorecardKeymap {
    /// The action for `key` on the scorecard, nil when it means nothing here.
    static func action(for key: KeyEvent, in state: AppState) -> Action? {
        switch key {
        case .character("j"), .down, .wheelDown: return .scorecard(.statementMoved(1))
        case .character("k"), .up, .wheelUp: return .scorecard(.statementMoved(-1))
        case .character("g"), .home: return .scorecard(.statementJumped(toEnd: false))
        case .character("G"), .end: return .scorecard(.statementJumped(toEnd: true))
        case .tab: return .scorecard(.nextUnansweredChosen)
        case .character("h"), .left: return .scorecard(.ratingStepped(-1))
        case .character("l"), .right: return .scorecard(.ratingStepped(1))
        case .character("x"), .backspace: return .scorecard(.ratingCleared)
        case .character("e"): return .scorecard(.exportRequested)
        case .enter: return chapterAction(state.scorecard.selectedStatement?.chapter, in: state)
        case .character("s"): return chapterAction(state.scorecardResult.strongest.chapter, in: state)
        case .character("w"): return chapterAction(state.scorecardResult.weakest.chapter, in: state)
        default: return nil
        }
    }

    /// Opens the 1-based `chapter` in the reader, when the module has it.
    static func chapterAction(_ chapter: Int?, in state: AppState) -> Action? {
        guard let chapter, state.module.chapters.indices.contains(chapter - 1) else { return nil }
        return .chapterOpened(chapter - 1)
    }
}

extension ScorecardKeymap {
    /// The scorecard keys alone.
    static let keyRows: [(keys: String, action: String)] = [
        ("↑ ↓ j k", "choose a statement"),
        ("g G", "first or last statement"),
        ("Tab", "next statement without an answer"),
        ("← → h l", "rate it lower or higher (starts at 2)"),
        ("0 – 4", "rate it: " + ratingScale),
        ("x ⌫", "take the answer back"),
        ("Enter", "read the statement's chapter"),
        ("s w", "read the strongest or weakest gauge's chapter"),
        ("e", "export the scorecard"),
    ]

    /// The formula, wrapped for the help box, one bullet per rule.
    static let formulaRows: [(keys: String, action: String)] = Scorecard.formulaDescription.flatMap { rule in
        WordWrap.wrap(rule, width: 60).enumerated().map { line, text in (line == 0 ? "·" : " ", text) }
    }

    /// "0 not at all … 4 completely".
    static var ratingScale: String {
        "0 \(SelfAssessment.label(for: 0)) … 4 \(SelfAssessment.label(for: 4))"
    }
}
