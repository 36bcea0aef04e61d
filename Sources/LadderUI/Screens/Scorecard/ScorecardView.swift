import LadderCore

/// Draws the full scorecard screen: the gauges, the statements to rate, the
/// strongest and weakest gauge with their chapters, and the next move.
enum ScorecardView {
    /// Draws the scorecard of `state` into `frame`.
    static func draw(_ state: AppState, into frame: inout Frame) {
        let scorecard = state.scorecard
        let result = state.scorecardResult
        let size = state.size
        let layout = layout(for: result, size: size)
        let fed = Set(scorecard.selectedStatement?.fedGauges ?? [])
        let content = ScorecardGaugeList.Content(
            result: result, history: state.scorecardHistory, marked: scorecard.markedGauge(at: state.now),
            fed: fed
        )
        drawHeader(state, result, into: &frame.base, area: layout.header)
        if let rule = layout.rule {
            let margin = layout.gauges.x
            frame.base.write(
                String(repeating: "─", count: max(0, size.width - 2 * margin)), x: margin, y: rule,
                role: .border)
        }
        if let agreement = layout.agreement {
            ScorecardAgreementLine.draw(result.agreement, into: &frame.base, area: agreement)
        }
        let columns = ScorecardGaugeList.columns(
            for: content, width: layout.gauges.width, rowsPerGauge: layout.rowsPerGauge)
        if let y = layout.gaugeHeading {
            let title =
                layout.gauges.width >= 60 ? "Leverage profile · your work and habits" : "Leverage profile"
            ScorecardGaugeList.drawHeading(
                title, columns: columns, into: &frame.base, x: layout.gauges.x, y: y,
                width: layout.gauges.width)
        }
        ScorecardGaugeList.draw(
            content, rowsPerGauge: layout.rowsPerGauge, into: &frame.base, area: layout.gauges)
        if let key = layout.key { ScorecardKey.draw(columns: columns, into: &frame.base, area: key) }
        if let heading = layout.statementHeading {
            drawStatementHeading(scorecard, sideBySide: layout.sideBySide, into: &frame.base, area: heading)
        }
        drawDivider(layout, size: size, into: &frame.base)
        ScorecardSummary.draw(
            result, module: state.module, roomy: layout.roomySummary, into: &frame.base, area: layout.summary)
        guard !scorecard.showsKey else {
            let area = keyArea(layout)
            frame.base.fill(area, role: .text)
            ScorecardKey.drawFull(result, top: scorecard.keyTop, into: &frame.base, area: area)
            return
        }
        ScorecardStatementList.draw(
            scorecard, expanded: layout.sideBySide, into: &frame.base, area: layout.statements)
        if let detail = detailArea(scorecard, layout: layout) {
            drawDetail(scorecard, module: state.module, into: &frame.base, area: detail)
        }
    }

    /// Where the full key goes: the statements' column side by side, and
    /// everything from the agreement line down to the statements' end stacked.
    static func keyArea(_ layout: ScorecardLayout) -> Rect {
        guard !layout.sideBySide else { return layout.statements }
        let top = layout.agreement?.y ?? layout.gaugeHeading ?? layout.gauges.y
        return Rect(
            x: layout.gauges.x, y: top, width: layout.gauges.width,
            height: max(0, layout.statements.maxY - top))
    }

    /// The line between the halves, side by side.
    private static func drawDivider(_ layout: ScorecardLayout, size: Size, into layer: inout Layer) {
        guard let divider = layout.divider, let top = layout.agreement?.y else { return }
        for y in top..<max(top, size.height - 1) {
            layer.write("│", x: divider, y: y, role: .border)
        }
    }

    /// Where the chosen statement's detail goes: under the list's last
    /// statement, or at the foot of the column when the list fills it.
    static func detailArea(_ scorecard: ScorecardState, layout: ScorecardLayout) -> Rect? {
        guard var detail = layout.detail else { return nil }
        let area = layout.statements
        let placed = ScorecardStatementList.placement(scorecard, expanded: layout.sideBySide, area: area)
            .placed
        let end = area.y + (placed.last.map { $0.y + $0.height } ?? 0)
        detail.y = min(detail.y, min(end, area.maxY) + 1)
        return detail
    }

    /// The layout for `result` at `size`.
    static func layout(for result: ScorecardResult, size: Size) -> ScorecardLayout {
        let sideWidth = max(0, (size.width - 4 - 3) / 2)
        let stackedWidth = max(0, size.width - 4)
        let rows = (
            compact: ScorecardSummary.height(for: result, width: stackedWidth, roomy: false),
            roomy: ScorecardSummary.height(for: result, width: sideWidth, roomy: true)
        )
        return ScorecardLayout.make(width: size.width, height: size.height, summaryRows: rows)
    }

    /// "Leverage scorecard" and, on the right, how much has gone in.
    private static func drawHeader(
        _ state: AppState, _ result: ScorecardResult, into layer: inout Layer, area: Rect
    ) {
        guard !area.isEmpty else { return }
        let title = "Leverage scorecard"
        let used = layer.write(
            title, x: area.x, y: area.y, role: .title, attributes: [.bold], limit: area.width)
        let room = area.width - used - 2
        let text = headerCandidates(state, result).first { TextWidth.of($0) <= room } ?? ""
        layer.write(text, x: area.maxX - TextWidth.of(text), y: area.y, role: .muted)
    }

    /// The header's right side, longest first: full words, then short
    /// forms, then fewer parts.
    static func headerCandidates(_ state: AppState, _ result: ScorecardResult) -> [String] {
        let total = state.scorecard.statements.count
        let progress = state.triage?.session.progress
        let compared = state.scorecardHistory.latest != nil
        var full = ["\(result.answeredCount) of \(total) answered"]
        var short = ["\(result.answeredCount)/\(total) answered"]
        if let progress {
            full.append("\(progress.sorted) of \(progress.total) cards sorted")
            short.append("\(progress.sorted)/\(progress.total) sorted")
        }
        if compared {
            full.append("▲▼ since last time")
            short.append("▲▼ since last time")
        }
        var candidates = [full.joined(separator: " · ")]
        while !short.isEmpty {
            candidates.append(short.joined(separator: " · "))
            short.removeLast()
        }
        return candidates
    }

    /// "Self-assessment" and, on the right, the chosen statement's gauges
    /// (stacked) or the rating scale (side by side).
    private static func drawStatementHeading(
        _ scorecard: ScorecardState, sideBySide: Bool, into layer: inout Layer, area: Rect
    ) {
        let used = layer.write(
            "Self-assessment", x: area.x, y: area.y, role: .heading, attributes: [.bold], limit: area.width)
        let right = sideBySide ? ScorecardBindings.ratingScale : feedsText(scorecard.selectedStatement)
        guard TextWidth.of(right) + used + 2 <= area.width else { return }
        layer.write(right, x: area.maxX - TextWidth.of(right), y: area.y, role: .muted)
    }

    /// The chosen statement's gauges and chapter, side by side.
    private static func drawDetail(
        _ scorecard: ScorecardState, module: Module, into layer: inout Layer, area: Rect
    ) {
        guard let statement = scorecard.selectedStatement else { return }
        layer.write(feedsText(statement), x: area.x, y: area.y, role: .muted, limit: area.width)
        guard area.height > 1 else { return }
        let title = ScorecardText.chapterTitle(statement.chapter, in: module)
        let chapter = title.map { "From " + $0 } ?? ""
        let hint = title == nil ? "" : "Enter read"
        let room = max(0, area.width - TextWidth.of(hint) - 2)
        layer.write(TextWidth.truncate(chapter, to: room), x: area.x, y: area.y + 1, role: .muted)
        if !hint.isEmpty, room > 10 {
            let x = area.maxX - TextWidth.of(hint)
            layer.write("Enter", x: x, y: area.y + 1, role: .accent)
            layer.write(" read", x: x + 5, y: area.y + 1, role: .muted)
        }
    }

    /// "feeds • Timing ×2 · Problem ×1".
    static func feedsText(_ statement: AssessmentStatement?) -> String {
        guard let statement else { return "" }
        let gauges = statement.fedGauges.map { "\($0.label) ×\(statement.weight(for: $0))" }
        return "feeds • " + gauges.joined(separator: " · ")
    }
}
