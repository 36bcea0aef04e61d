import LadderCore

/// Draws the triage screen: a header with the deck and `N/M sorted`, then
/// either the card between its piles or, once every card is sorted, the
/// summary; the live gauges beside them on wide terminals or over them on
/// request. Nothing here walks the deck: every part reads O(1) state.
public enum TriageView {
    /// Draws the triage screen into `frame`.
    public static func draw(_ state: AppState, into frame: inout Frame) {
        guard let triage = state.triage else {
            let notice = "No backlog is loaded"
            let x = max(0, (state.size.width - TextWidth.of(notice)) / 2)
            frame.base.write(notice, x: x, y: state.size.height / 2, role: .muted)
            return
        }
        let layout = TriageLayout.of(state)
        drawHeader(triage, area: TabBar.headerArea(for: state.size, current: .triage), into: &frame.base)
        if triage.showsSummary {
            TriageSummaryView.draw(state, triage, area: layout.summary, into: &frame.base)
            frame.focus = layout.summary.isEmpty ? nil : (layout.summary.x, layout.summary.y)
        } else {
            if let area = layout.feedback { TriageFeedbackLine.draw(state, area: area, into: &frame.base) }
            TriageCardView.draw(state, triage, area: layout.card, into: &frame.base)
            frame.focus = TriageCardView.focus(state, triage, area: layout.card)
            drawPiles(triage.session, layout: layout, into: &frame.base)
        }
        if let panel = layout.panel, let gauges = layout.gauges {
            let finished = triage.showsSummary
            let area = finished ? panel : gauges
            TriageGaugesView.drawBeside(state, triage, area: area, showsChanges: !finished, into: &frame.base)
            if let rule = layout.rule {
                for y in layout.bodyTop..<layout.bodyBottom {
                    frame.base.write("│", x: rule, y: y, role: .border)
                }
            }
        } else if triage.showsGauges, let overlay = TriageGaugesView.overlay(state, triage) {
            frame.overlays.append(overlay)
        }
    }

    /// Row 0 right of the tabs: the deck's title, then a bar and `N/M sorted`
    /// against the right edge.
    private static func drawHeader(_ triage: TriageState, area: Rect, into layer: inout Layer) {
        let session = triage.session
        let progress = session.progress
        let done = session.isFinished
        let count = "\(progress.sorted)/\(progress.total) sorted" + (done ? " ✓" : "")
        let countWidth = TextWidth.of(count)
        let barWidth = area.width >= 60 ? min(20, area.width / 5) : 0
        let right = max(area.x, area.maxX - countWidth)
        layer.write(count, x: right, y: 0, role: done ? .success : .accent, limit: area.maxX - right)
        if barWidth > 0 {
            let fraction = progress.total == 0 ? 0 : Double(progress.sorted) / Double(progress.total)
            ProgressBar.draw(
                into: &layer, x: right - barWidth - 1, y: 0, width: barWidth, fraction: fraction,
                role: done ? .success : .accent)
        }
        let room = max(0, right - area.x - (barWidth > 0 ? barWidth + 1 : 0) - 2)
        let title = TextWidth.truncate(session.deck.title, to: room)
        layer.write(title, x: area.x, y: 0, role: .title, attributes: [.bold], limit: room)
    }

    /// The piles beside the card, or on one line under it.
    private static func drawPiles(_ session: TriageSession, layout: TriageLayout, into layer: inout Layer) {
        let shown = layout.pilesUnderGauges ? 12 : TriagePileView.shownCards
        if let left = layout.leftPile {
            TriagePileView.draw(
                .productive, of: session, key: "← h", area: left, shownCards: shown, into: &layer)
        }
        if let right = layout.rightPile {
            TriagePileView.draw(
                .advances, of: session, key: "→ l", area: right, shownCards: shown, into: &layer)
        }
        if let line = layout.pileLine {
            TriagePileView.drawLine(session, area: line, into: &layer)
        }
    }
}
