import LadderCore

extension AppState {
    /// The scorecard part of `apply`.
    mutating func applyScorecard(_ action: ScorecardAction) {
        scorecard.refresh(triage: triage?.session)
        switch action {
        case .statementMoved(let rows) where scorecard.showsKey:
            let lines = ScorecardKey.fullLines(scorecardResult, width: max(1, size.width - 4)).count
            scorecard.keyTop = min(max(0, scorecard.keyTop + rows), max(0, lines - 1))
        case .statementMoved(let rows):
            selectStatement(scorecard.selected + rows)
        case .statementJumped(let toEnd):
            selectStatement(toEnd ? scorecard.statements.count - 1 : 0)
        case .nextUnansweredChosen:
            chooseNextUnanswered()
        case .statementRated(let id, let value):
            rateStatement(id, value)
        case .ratingStepped(let step):
            guard let statement = scorecard.selectedStatement else { return }
            let current = scorecard.assessment.rating(for: statement.id)
            rateStatement(statement.id, current.map { $0 + step } ?? ScorecardState.startingRating)
        case .ratingCleared:
            guard let statement = scorecard.selectedStatement,
                scorecard.assessment.rating(for: statement.id) != nil
            else { return }
            changeAnswers { $0.clear(statement.id) }
            showFlash("Answer cleared", role: .muted)
        case .keyToggled:
            scorecard.showsKey.toggle()
            scorecard.keyTop = 0
        case .exportRequested:
            effects.append(.scorecardExportRequested)
        }
    }

    private mutating func selectStatement(_ index: Int) {
        scorecard.selected = min(max(0, index), max(0, scorecard.statements.count - 1))
        keepStatementInView()
    }

    /// Scrolls the statement list just enough to show the chosen one.
    mutating func keepStatementInView() {
        let layout = ScorecardView.layout(for: scorecardResult, size: size)
        let placement = ScorecardStatementList.placement(
            scorecard, expanded: layout.sideBySide, area: layout.statements)
        if let first = placement.placed.first { scorecard.list.top = first.index }
    }

    private mutating func chooseNextUnanswered() {
        let statements = scorecard.statements
        guard !statements.isEmpty else { return }
        for offset in 1...statements.count {
            let index = (scorecard.selected + offset) % statements.count
            if scorecard.assessment.rating(for: statements[index].id) == nil {
                selectStatement(index)
                return
            }
        }
        showFlash("Every statement has an answer", role: .muted)
    }

    /// Rates statement `id`, selecting it; no change, no effect.
    private mutating func rateStatement(_ id: Int, _ value: Int) {
        guard let index = scorecard.statements.firstIndex(where: { $0.id == id }) else { return }
        selectStatement(index)
        let clamped = min(SelfAssessment.ratings.upperBound, max(SelfAssessment.ratings.lowerBound, value))
        guard scorecard.assessment.rating(for: id) != clamped else { return }
        changeAnswers { $0.rate(id, clamped) }
    }

    /// Changes the answers, recomputes the gauges, marks the one that moved
    /// most and asks the runner to save.
    private mutating func changeAnswers(_ change: (inout SelfAssessment) -> Void) {
        let before = scorecard.result(triage: triage?.session)
        change(&scorecard.assessment)
        scorecard.refresh(triage: triage?.session)
        let after = scorecard.result(triage: triage?.session)
        if let mover = after.biggestMover(from: before) {
            scorecard.marked = mover
            scorecard.markedUntil = now.addingTimeInterval(ScorecardState.markDuration)
        }
        effects.append(.assessmentChanged)
    }
}

extension ScorecardState {
    /// The rating an unrated statement takes on its first step: the middle.
    static let startingRating = 2
}
