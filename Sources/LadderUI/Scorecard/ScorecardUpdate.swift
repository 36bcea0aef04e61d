extension AppState {
    /// The scorecard part of `apply`.
    mutating func applyScorecard(_ action: ScorecardAction) {
        switch action {
        case .statementRated(let id, let value):
            scorecard.assessment.rate(id, value)
        }
        effects.append(.assessmentChanged)
    }
}
