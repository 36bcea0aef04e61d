import LadderCore

extension AppState {
    /// The triage part of `apply`.
    mutating func applyTriage(_ action: TriageAction) {
        guard var triage else { return }
        switch action {
        case .cardSorted(let verdict):
            triage.session.sort(verdict, at: now)
        }
        self.triage = triage
        effects.append(.triageChanged)
    }
}
