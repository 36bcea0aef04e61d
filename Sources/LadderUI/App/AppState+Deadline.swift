import FoundationEssentials

extension AppState {
    /// The next moment the screen changes with time alone: a status-bar
    /// message fading, or a gauge mark ending on triage or the scorecard.
    /// Nil when nothing is due, so the runner may wait for input for ever.
    /// The runner sends `.ticked` at this moment and draws again.
    public var nextDeadline: Date? {
        var due: [Date] = []
        if let flash { due.append(flash.until) }
        if let triage, triage.visibleMark(at: now) != nil, let until = triage.markedUntil {
            due.append(until)
        }
        if scorecard.markedGauge(at: now) != nil { due.append(scorecard.markedUntil) }
        if let tick = round?.nextChange(after: now) { due.append(tick) }
        // Reduced motion holds messages and marks: nothing is due for them.
        return due.filter { $0 != .distantFuture }.min()
    }
}
