import LadderCore

/// Draws the summary once every card is sorted: how the sort went, the
/// cards worth a second look (disagreements with the lesson, or for a real
/// backlog the candidates not to build) scrolled with j/k, and what to do
/// next. Only the items on screen are built, so a long deck costs nothing.
enum TriageSummaryView {
    /// Draws the summary of `triage` in `area`.
    static func draw(_ state: AppState, _ triage: TriageState, area: Rect, into layer: inout Layer) {
        guard !area.isEmpty else { return }
        let width = area.width
        let top = headline(triage.session, width: width, heading: RoundStatus.summaryHeading(in: state))
        let next = nextSteps(state, width: width)
        let topRows = min(top.count, area.height)
        let nextBudget = min(next.count + 1, max(0, area.height - topRows - 5))
        let listBudget = max(0, area.height - topRows - nextBudget)
        let list = TriageSummaryList.lines(triage, width: width, rows: listBudget)
        var y = area.y
        for line in StyledLine.fit(top, rows: topRows).lines {
            line.draw(into: &layer, x: area.x, y: y, width: width)
            y += 1
        }
        for line in list {
            line.draw(into: &layer, x: area.x, y: y, width: width)
            y += 1
        }
        let fittedNext = StyledLine.fit([.gap] + next, rows: max(0, area.maxY - y))
        for (row, line) in fittedNext.lines.enumerated() {
            let cut = fittedNext.cut && row == fittedNext.lines.count - 1
            line.draw(into: &layer, x: area.x, y: y, width: width, cut: cut)
            y += 1
        }
    }

    /// The first lines: that the deck is done, the agreement with the
    /// lesson or the user's split, and the piles' sizes.
    static func headline(_ session: TriageSession, width: Int, heading: String? = nil) -> [StyledLine] {
        var lines = [StyledLine(heading ?? "Every card is sorted", role: .title, attributes: [.bold]), .gap]
        let productive = session.pileCount(.productive)
        let advances = session.pileCount(.advances)
        let total = max(1, productive + advances)
        let fraction: Double
        if let agreement = session.agreement {
            fraction = agreement.fraction
            lines.append(
                StyledLine(runs: [
                    .init(text: "You agreed with the lesson on ", role: .text),
                    .init(
                        text: "\(agreement.agreed) of \(agreement.judged)", role: .accent, attributes: [.bold]
                    ),
                    .init(text: " cards: ", role: .text),
                    .init(text: "\(agreement.percent)%", role: .accent, attributes: [.bold]),
                ]))
        } else {
            fraction = Double(advances) / Double(total)
            lines.append(StyledLine("Your split, with no lesson verdicts to compare:", role: .text))
        }
        lines.append(
            bar(fraction, width: min(40, width), role: session.agreement == nil ? .advances : .success))
        let share = { (count: Int) in "\(count) (\(Int((Double(count) * 100 / Double(total)).rounded()))%)" }
        lines.append(
            StyledLine(runs: [
                .init(text: "\(Verdict.productive.symbol) \(Verdict.productive.label) ", role: .productive),
                .init(text: share(productive), role: .text, attributes: [.bold]),
                .init(text: "   \(Verdict.advances.symbol) \(Verdict.advances.label) ", role: .advances),
                .init(text: share(advances), role: .text, attributes: [.bold]),
            ]))
        lines.append(.gap)
        return lines
    }

    /// What to do next: read about the weakest gauge, open the scorecard,
    /// or export (undo is in the status bar).
    static func nextSteps(_ state: AppState, width: Int) -> [StyledLine] {
        var lines = [StyledLine("What next", role: .heading, attributes: [.bold])]
        if let triage = state.triage, let weakest = triage.scores(for: state.scorecard.assessment).now.weakest
        {
            let read = state.keyName("triage.read-weakest", in: TriageBindings.summary)
            switch (TriageBindings.weakestChapterAction(in: state), read) {
            case (.chapterOpened(let chapter)?, let read?):
                let title = state.module.chapters[chapter].title
                lines += keyed(
                    read, "\(weakest.label) is weakest: read chapter \(chapter + 1), “\(title)”", width: width
                )
            case (.notesChapterOpened(let noted)?, let read?):
                let title = BundledModule.module.chapters[noted].title
                lines += keyed(
                    read, "\(weakest.label) is weakest: read “\(title)” in the built-in notes", width: width)
            default: break
            }
        }
        if let scorecard = state.globalKeyName("app.scorecard") {
            let tab = state.globalKeyName("app.next-screen").map { " (or \($0))" } ?? ""
            lines += keyed(scorecard, "Open the full scorecard and rate yourself\(tab).", width: width)
        }
        if let export = state.keyName("triage.export", in: TriageBindings.summary) {
            lines += keyed(export, "Export this result to a file.", width: width)
        }
        return lines
    }

    /// A key and what it does, the text wrapped under itself.
    static func keyed(_ key: String, _ text: String, width: Int) -> [StyledLine] {
        let indent = TextWidth.of(key) + 2
        let wrapped = WordWrap.wrap(text, width: max(1, width - indent), limit: 2)
        return wrapped.enumerated().map { row, part in
            StyledLine(runs: [
                .init(text: row == 0 ? key : "", role: .accent, attributes: [.bold]),
                .init(text: String(repeating: " ", count: row == 0 ? 2 : indent) + part, role: .text),
            ])
        }
    }

    /// A bar of `width` cells showing `fraction`, as a line.
    private static func bar(_ fraction: Double, width: Int, role: Role) -> StyledLine {
        let clamped = min(1, max(0, fraction.isFinite ? fraction : 0))
        let filled = Int((clamped * Double(width)).rounded())
        return StyledLine(
            runs: [
                .init(text: String(repeating: "█", count: filled), role: role),
                .init(text: String(repeating: "░", count: max(0, width - filled)), role: .gaugeTrack),
            ], isOptional: true)
    }
}
