import LadderCore

extension AppState {
    /// The triage part of `apply`. The session is taken out of the state
    /// while it changes, so that no copy of the deck is made.
    mutating func applyTriage(_ action: TriageAction) {
        guard var triage else { return }
        self.triage = nil
        triage.rescore(assessment: scorecard.assessment)
        triage.expireMark(at: now)
        switch action {
        case .cardSorted(let verdict):
            if triage.sort(verdict, at: now) { noteChange(triage) }
        case .cardSkipped:
            if triage.skip(at: now) {
                effects.append(.triageChanged)
                let last = triage.session.remaining == 1
                showFlash(
                    last ? "It is the last card left" : "Skipped: it comes back at the end", role: .muted)
            }
        case .revealToggled:
            triage.reasonTop = 0
            if triage.toggleReveal(at: now) {
                effects.append(.triageChanged)
            } else if !triage.session.showsFeedback, !triage.session.isFinished {
                showFlash("The verdicts stay hidden until the facilitator reveals them", role: .warning)
            }
        case .undoRequested:
            if triage.undo(at: now) {
                effects.append(.triageChanged)
                showFlash("Undone", role: .muted)
            } else {
                showFlash("Nothing to undo", role: .muted)
            }
        case .redoRequested:
            if triage.redo(at: now) {
                noteChange(triage)
                showFlash("Redone", role: .muted)
            } else {
                showFlash("Nothing to redo", role: .muted)
            }
        case .gaugesToggled:
            triage.showsGauges.toggle()
        case .reasonScrolled(let step):
            triage.reasonTop = max(0, triage.reasonTop + step)
            if let plan = TriageCardView.plan(self, triage, area: TriageLayout.of(self).card) {
                triage.reasonTop = plan.revealTop
            }
        case .summaryScrolled(let step):
            triage.scrollSummary(by: step)
        case .exportRequested:
            effects.append(.triageExportRequested)
        case .noteStarted:
            self.triage = triage
            startNote()
            return
        }
        self.triage = triage
    }

    /// Asks for the session to be saved, and for its scorecard to be kept
    /// when the move finished the deck.
    private mutating func noteChange(_ triage: TriageState) {
        effects.append(.triageChanged)
        if triage.session.isFinished { effects.append(.triageFinished) }
    }
}
