import LadderCore

/// The leverage scorecard as a screen of the app.
enum ScorecardScreen: ScreenModule {
    static let screen = Screen.scorecard
    static let name = "scorecard"
    static let tabTitle: String? = "Scorecard"
    static let tables = [ScorecardBindings.table]

    static func wheel(_ step: Int, in state: AppState) -> Action? { .scorecard(.statementMoved(step)) }

    static func open(_ state: inout AppState) -> Bool {
        state.scorecard.refresh(triage: state.triage?.session)
        state.keepStatementInView()
        return true
    }

    static func helpSections(in state: AppState) -> [HelpContent.Section] {
        [
            HelpContent.Section(title: "Reading the gauges", rows: ScorecardBindings.keyRows),
            HelpContent.Section(title: "How the gauges are computed", rows: ScorecardBindings.formulaRows),
        ]
    }

    static func draw(_ state: AppState, into frame: inout Frame) { ScorecardView.draw(state, into: &frame) }

    /// A click on a statement chooses it, on one of its dots rates it; a
    /// click on the strongest or weakest line, or on the chosen statement's
    /// chapter, opens that chapter. The wheel over the statements moves
    /// the choice.
    static func mouse(_ event: MouseEvent, in state: AppState) -> Action? {
        let result = state.scorecardResult
        let layout = ScorecardView.layout(for: result, size: state.size)
        let (x, y) = (event.column, event.row)
        if let step = event.wheelStep {
            guard layout.statements.contains(column: x, row: y) else { return nil }
            return .scorecard(.statementMoved(step))
        }
        guard event.isClick else { return nil }
        // The full key covers the statements: a click on it rates nothing.
        if state.scorecard.showsKey, ScorecardView.keyArea(layout).contains(column: x, row: y) { return nil }
        if let action = ScorecardStatementList.click(
            x: x, y: y, state.scorecard, expanded: layout.sideBySide, area: layout.statements)
        {
            return .scorecard(action)
        }
        if let detail = ScorecardView.detailArea(state.scorecard, layout: layout),
            detail.contains(column: x, row: y)
        {
            return ScorecardBindings.chapterAction(state.scorecard.selectedStatement?.chapter, in: state)
        }
        guard layout.summary.contains(column: x, row: y), ScorecardSummary.hasSignal(result) else {
            return nil
        }
        let entryRows = layout.roomySummary ? 2 : 1
        switch (y - layout.summary.y) / entryRows {
        case 0: return ScorecardBindings.chapterAction(result.strongest?.chapter, in: state)
        case 1: return ScorecardBindings.chapterAction(result.weakest?.chapter, in: state)
        default: return nil
        }
    }
}
