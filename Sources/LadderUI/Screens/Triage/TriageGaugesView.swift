import LadderCore

/// The live scorecard on the triage screen: beside the card on wide
/// terminals, or in a box over it on narrow ones. Changes are shown against
/// the score before the last decision, undo or redo, and the gauge that
/// moved most is marked for a moment.
enum TriageGaugesView {
    /// Draws the gauges, a legend (with `showsChanges`) and the next move in `area`.
    static func drawBeside(
        _ state: AppState, _ triage: TriageState, area: Rect, showsChanges: Bool, into layer: inout Layer
    ) {
        guard !area.isEmpty else { return }
        let scores = triage.scores(for: state.scorecard.assessment)
        let panel = Rect(
            x: area.x, y: area.y, width: area.width, height: min(area.height, ScorecardPanel.height))
        ScorecardPanel.draw(
            scores.now, previous: showsChanges ? scores.before?.values : nil,
            marked: showsChanges ? triage.visibleMark(at: state.now) : nil, into: &layer, area: panel)
        var lines: [StyledLine] = [.gap]
        if showsChanges { lines += [legend(hasChanges: scores.before != nil), .gap] }
        lines.append(StyledLine("Next move", role: .heading, attributes: [.bold]))
        if let weakest = scores.now.weakest, let move = scores.now.nextMove {
            lines.append(StyledLine("for \(weakest.label), your weakest gauge", role: .muted))
            lines += TriageText.lines(move, width: area.width, role: .text)
        } else {
            lines += TriageText.lines(
                "Sort on: a gauge shows a score once \(GaugeReading.enoughItems) cards and answers "
                    + "stand behind it.", width: area.width, role: .muted)
        }
        let top = panel.maxY
        let fitted = StyledLine.fit(lines, rows: max(0, area.maxY - top))
        for (row, line) in fitted.lines.enumerated() {
            let cut = fitted.cut && row == fitted.lines.count - 1
            line.draw(into: &layer, x: area.x, y: top + row, width: area.width, cut: cut)
        }
    }

    /// The gauges in a band across the lower part of the screen, for
    /// terminals too narrow to show them beside the card; nil when there is
    /// no room at all.
    static func overlay(_ state: AppState, _ triage: TriageState) -> Layer? {
        let size = state.size
        let height = min(size.height - 2, ScorecardPanel.height + 4)
        guard size.width >= 12, height >= 4 else { return nil }
        let rect = Rect(x: 0, y: max(1, size.height - 1 - height), width: size.width, height: height)
        var layer = Layer(rect: rect, fill: Cell(" ", role: .overlay))
        Box.draw(into: &layer)
        let width = min(size.width - 4, TriageLayout.panelWidth + 8)
        let x = (size.width - width) / 2
        let scores = triage.scores(for: state.scorecard.assessment)
        let area = Rect(x: x, y: 1, width: width, height: min(ScorecardPanel.height, height - 2))
        ScorecardPanel.draw(
            scores.now, previous: scores.before?.values, marked: triage.visibleMark(at: state.now),
            into: &layer, area: area)
        if height >= ScorecardPanel.height + 3 {
            legend(
                hasChanges: scores.before != nil,
                hideKey: state.keyName("triage.gauges", in: TriageBindings.sorting)
            )
            .draw(into: &layer, x: x, y: height - 2, width: width)
        }
        return layer
    }

    /// What the marks beside the gauges mean, after the key that hides
    /// them (the gauges binding's key in force) when they cover the card.
    static func legend(hasChanges: Bool, hideKey: String? = nil) -> StyledLine {
        var runs: [StyledLine.Run] = []
        if let hideKey {
            runs += [
                .init(text: hideKey, role: .accent, attributes: [.bold]),
                .init(text: " hides  ", role: .muted),
            ]
        }
        let meaning = hasChanges ? "▲▼ since your last move, ▸ moved most" : "sort a card to move the gauges"
        runs.append(.init(text: meaning, role: .muted))
        return StyledLine(runs: runs)
    }
}
