import LadderCore

/// The scorecard screen's keys: choose a statement, rate it with a digit
/// or step the rating with the arrows, and open the chapters behind it.
/// Digits rate here, as the scale promises; screens switch with Tab.
public enum ScorecardBindings {
    /// The scorecard's table.
    public static let table = BindingTable(
        "Scorecard",
        [
            Binding(
                "scorecard.choose", keys: [.up, .down, .character("k"), .character("j")],
                help: "choose a statement",
                hint: "choose", hintKeys: [.up, .down],
                perKey: { key, _ in
                    .scorecard(.statementMoved(key == .down || key == .character("j") ? 1 : -1))
                }),
            Binding(
                "scorecard.ends", keys: [.character("g"), .character("G"), .home, .end],
                help: "first or last statement",
                perKey: { key, _ in .scorecard(.statementJumped(toEnd: key == .character("G") || key == .end))
                }),
            Binding(
                "scorecard.next-unanswered", keys: [.character("n")],
                help: "next statement without an answer",
                action: .scorecard(.nextUnansweredChosen)),
            Binding(
                "scorecard.rate", keys: (0...4).map { KeyEvent.character(Character("\($0)")) },
                keysLabel: "0–4",
                help: "rate it: " + ratingScale, hint: "rate",
                perKey: { key, state in
                    guard case .character(let digit) = key, let value = digit.wholeNumberValue,
                        let statement = state.scorecard.selectedStatement
                    else { return nil }
                    return .scorecard(.statementRated(id: statement.id, value: value))
                }),
            Binding(
                "scorecard.step", keys: [.left, .right, .character("h"), .character("l")],
                help: "rate it lower or higher (starts at 2)",
                perKey: { key, _ in
                    .scorecard(.ratingStepped(key == .right || key == .character("l") ? 1 : -1))
                }),
            Binding(
                "scorecard.clear", keys: [.character("x"), .backspace, .delete], help: "take the answer back",
                hint: "clear", action: .scorecard(.ratingCleared)),
            Binding(
                "scorecard.read", keys: [.enter], help: "read the statement's chapter",
                when: { chapterAction($0.scorecard.selectedStatement?.chapter, in: $0) != nil },
                action: { chapterAction($0.scorecard.selectedStatement?.chapter, in: $0) }),
            Binding(
                "scorecard.read-strongest", keys: [.character("s")],
                help: "read the strongest gauge's chapter",
                when: { chapterAction($0.scorecardResult.strongest?.chapter, in: $0) != nil },
                action: { chapterAction($0.scorecardResult.strongest?.chapter, in: $0) }),
            Binding(
                "scorecard.read-weakest", keys: [.character("w")], help: "read the weakest gauge's chapter",
                when: { chapterAction($0.scorecardResult.weakest?.chapter, in: $0) != nil },
                action: { chapterAction($0.scorecardResult.weakest?.chapter, in: $0) }),
            Binding(
                "scorecard.key", keys: [.character("i")],
                help: "show or hide what the numbers and marks mean",
                hint: "key", action: .scorecard(.keyToggled)),
            Binding(
                "scorecard.export", keys: [.character("e")], help: "export the scorecard", hint: "export",
                action: .scorecard(.exportRequested)),
        ])

    /// Opens the chapter with id `chapter` in the reader, found in the open
    /// lesson by `ChapterLink`, or else the built-in notes' chapter.
    static func chapterAction(_ chapter: String?, in state: AppState) -> Action? {
        ChapterReading.action(for: chapter, in: state)
    }

    /// The formula, wrapped for the help box, one bullet per rule.
    static let formulaRows: [(keys: String, action: String)] = Scorecard.formulaDescription.flatMap { rule in
        WordWrap.wrap(rule, width: 60).enumerated().map { line, text in (line == 0 ? "·" : " ", text) }
    }

    /// What the numbers and marks mean, for the help box.
    static let keyRows: [(keys: String, action: String)] = ScorecardLegend.lines.flatMap { line in
        WordWrap.wrap(line, width: 60).enumerated().map { row, text in (row == 0 ? "·" : " ", text) }
    }

    /// "0 not at all … 4 completely".
    static var ratingScale: String {
        "0 \(SelfAssessment.label(for: 0)) … 4 \(SelfAssessment.label(for: 4))"
    }
}
