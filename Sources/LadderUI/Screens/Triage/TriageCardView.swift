import LadderCore

/// Draws the current card as a box: its group in the top edge, the title
/// large, the detail muted, the card's number in the bottom edge, and when
/// revealed, under a divider, the lesson's verdict, its reasoning and the
/// chapter behind it. The box takes only the rows it needs.
enum TriageCardView {
    /// The card as laid out in an area: its box, the lines shown, and
    /// where the reason can scroll to. Drawing, keys and the mouse share it.
    struct Plan: Equatable {
        /// The box, only as tall as its lines need.
        var box: Rect
        /// The card's own lines shown, and whether the last is cut.
        var body: (lines: [StyledLine], cut: Bool)
        /// The reason's lines shown (when revealed).
        var reveal: [StyledLine]
        /// The first reason line shown.
        var revealTop: Int
        /// How many reason lines there are in all.
        var revealCount: Int
        /// The screen row of "r  read it now", when shown.
        var readRow: Int?

        /// True when part of the reason is out of view.
        var isReasonCut: Bool { reveal.count < revealCount }

        static func == (lhs: Plan, rhs: Plan) -> Bool {
            lhs.box == rhs.box && lhs.body.lines == rhs.body.lines && lhs.body.cut == rhs.body.cut
                && lhs.reveal == rhs.reveal && lhs.revealTop == rhs.revealTop
                && lhs.revealCount == rhs.revealCount && lhs.readRow == rhs.readRow
        }
    }

    /// The plan for the current card of `triage` in `area`, nil when no
    /// card is left or the area is too small.
    static func plan(_ state: AppState, _ triage: TriageState, area: Rect) -> Plan? {
        let session = triage.session
        guard let index = session.currentIndex, area.width >= 4, area.height >= 3 else { return nil }
        let card = session.deck.cards[index]
        let inner = innerWidth(area)
        let revealed = triage.isRevealed
        let body = bodyLines(card, width: inner, revealed: revealed)
        let reveal = revealed ? revealLines(card, state: state, width: inner) : []
        let available = area.height - 2 - (revealed ? 1 : 0)
        let essential = body.filter { !$0.isOptional }.count
        let bodyRows = min(body.count, max(min(essential, max(1, available / 2)), available - reveal.count))
        let fittedBody = fitBody(body, rows: bodyRows)
        let bodyCut = fittedBody.cut || wordsLeftOut(of: body, shown: fittedBody.lines)
        let revealRows = max(0, available - fittedBody.lines.count)
        var shown = StyledLine.fit(reveal, rows: revealRows).lines
        var all = shown
        var top = 0
        if StyledLine.fit(reveal, rows: revealRows).cut {
            all = reveal.filter { !$0.isOptional || !$0.text.isEmpty }
            top = min(max(0, triage.reasonTop), max(0, all.count - revealRows))
            shown = Array(all.dropFirst(top).prefix(revealRows))
        }
        let rows = fittedBody.lines.count + (revealed ? 1 + shown.count : 0)
        let box = Rect(x: area.x, y: area.y, width: area.width, height: min(area.height, rows + 2))
        let revealY = area.y + 1 + fittedBody.lines.count + 1
        let readRow = shown.firstIndex { $0.text.hasPrefix("r  read") }.map { revealY + $0 }
        return Plan(
            box: box, body: (fittedBody.lines, bodyCut), reveal: shown, revealTop: top,
            revealCount: all.count, readRow: readRow)
    }

    /// The card's lines in `rows`: blank spacing goes before the detail
    /// does, so a small screen still shows the start of the context line.
    static func fitBody(_ body: [StyledLine], rows: Int) -> (lines: [StyledLine], cut: Bool) {
        let fitted = StyledLine.fit(body, rows: rows)
        let hasDetail = body.contains { $0.isOptional && !$0.text.isEmpty }
        guard hasDetail, !fitted.lines.contains(where: { $0.isOptional && !$0.text.isEmpty }) else {
            return fitted
        }
        return StyledLine.fit(body.filter { !($0.isOptional && $0.text.isEmpty) }, rows: rows)
    }

    /// True when the detail shows only its first lines on a small screen:
    /// the last line shown then ends in "…". A detail left out whole (to
    /// make room for the reason once revealed) marks nothing, so the title
    /// never looks cut.
    static func wordsLeftOut(of lines: [StyledLine], shown: [StyledLine]) -> Bool {
        guard let last = shown.last, last.isOptional, !last.text.isEmpty else { return false }
        return shown.count(where: { !$0.text.isEmpty }) < lines.count(where: { !$0.text.isEmpty })
    }

    /// Columns of text inside the card's box.
    static func innerWidth(_ area: Rect) -> Int { max(1, area.width - 2 - 2 * padding(area)) }

    /// Blank columns between the box's edge and its text.
    static func padding(_ area: Rect) -> Int { area.width >= 36 ? 2 : 1 }

    /// Where the card's title starts, for the terminal's cursor.
    static func focus(_ state: AppState, _ triage: TriageState, area: Rect) -> (x: Int, y: Int)? {
        guard let plan = plan(state, triage, area: area), plan.box.height > 2 else { return nil }
        let title = plan.body.lines.firstIndex { !$0.text.isEmpty } ?? 0
        return (area.x + 1 + padding(area), min(plan.box.maxY - 2, area.y + 1 + title))
    }

    /// Draws the current card of `triage` within `area`.
    static func draw(_ state: AppState, _ triage: TriageState, area: Rect, into layer: inout Layer) {
        let session = triage.session
        guard let plan = plan(state, triage, area: area), let index = session.currentIndex else { return }
        let card = session.deck.cards[index]
        let box = plan.box
        var number = "card \(index + 1) of \(session.deck.cards.count)"
        if plan.isReasonCut {
            let more = plan.revealTop + plan.reveal.count < plan.revealCount ? "j ↓ more" : "k ↑ more"
            number = more + " · " + number
        }
        let top = [card.trackerLabel, card.group].compactMap { $0 }.joined(separator: " · ")
        Box.draw(into: &layer, area: box, top: top.isEmpty ? nil : top, bottom: number)
        let x = area.x + 1 + padding(area)
        let inner = innerWidth(area)
        var y = area.y + 1
        for (row, line) in plan.body.lines.enumerated() {
            let cut = plan.body.cut && row == plan.body.lines.count - 1
            line.draw(into: &layer, x: x, y: y, width: inner, cut: cut)
            y += 1
        }
        guard triage.isRevealed, y < box.maxY - 1 else { return }
        Box.divide(into: &layer, area: box, y: y)
        y += 1
        for line in plan.reveal {
            line.draw(into: &layer, x: x, y: y, width: inner)
            y += 1
        }
    }

    /// The card itself: the title, then the detail (left for the reveal on
    /// a card without a verdict, where it is shown in full).
    static func bodyLines(_ card: Card, width: Int, revealed: Bool) -> [StyledLine] {
        var lines: [StyledLine] = [.gap]
        lines += TriageText.lines(card.title, width: width, role: .text, attributes: [.bold])
        if let detail = card.detail, !detail.isEmpty, !(revealed && !card.hasLessonCall) {
            lines.append(.gap)
            lines += TriageText.lines(detail, width: width, role: .muted, maxLines: 6, isOptional: true)
        }
        lines.append(.gap)
        return lines
    }

    /// Why: the lesson's verdict and reasoning and the chapter behind it,
    /// or for a card of a real backlog, that there is no verdict and the detail.
    static func revealLines(_ card: Card, state: AppState, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = [.gap]
        if let readings = card.readings {
            lines += TriageContestedText.lines(readings, rationale: card.rationale, width: width)
            return lines + chapterLines(card.chapter, state: state, width: width) + [.gap]
        }
        if let verdict = card.verdict {
            lines.append(
                StyledLine(runs: [
                    .init(text: "Lesson: ", role: .muted),
                    .init(
                        text: "\(verdict.symbol) \(verdict.label)", role: TriagePileView.role(of: verdict),
                        attributes: [.bold]),
                ]))
        } else {
            lines += TriageText.lines(
                "No lesson verdict: this card is from your own backlog.", width: width, role: .muted)
        }
        lines.append(.gap)
        if let rationale = card.rationale, !rationale.isEmpty {
            lines += TriageText.lines(rationale, width: width, role: .text)
        }
        if card.verdict == nil {
            if let detail = card.detail, !detail.isEmpty {
                if card.rationale?.isEmpty == false { lines.append(.gap) }
                lines += TriageText.lines(detail, width: width, role: .text)
            } else if card.rationale?.isEmpty ?? true {
                lines += TriageText.lines("It has no detail.", width: width, role: .muted)
            }
            lines.append(.gap)
            let question = "Ask: does it widen what you are trusted with, or only fill the week?"
            lines += TriageText.lines(question, width: width, role: .muted, isOptional: true)
        }
        lines += chapterLines(card.chapter, state: state, width: width)
        lines.append(.gap)
        return lines
    }

    /// "Chapter 3 · Its Title" (its place in the open lesson) and the key
    /// that opens it; the notes' title alone when the open lesson lacks it.
    private static func chapterLines(_ chapter: String?, state: AppState, width: Int) -> [StyledLine] {
        guard let chapter else { return [] }
        var lines: [StyledLine] = [.gap]
        let index = TriageBindings.readableChapter(chapter, in: state)
        if let index {
            let title = "Chapter \(index + 1) · " + state.module.chapters[index].title
            lines += TriageText.lines(title, width: width, role: .muted)
        } else if case .notes(let noted)? = ChapterLink.resolve(chapter, in: state.module) {
            let title = BundledModule.module.chapters[noted].title
            let place = "In the built-in notes: \(title) (ladder read --chapter \(noted + 1))"
            lines += TriageText.lines(place, width: width, role: .muted)
        }
        if index != nil || ChapterReading.action(for: chapter, in: state) != nil,
            let read = state.keyName("triage.read", in: TriageBindings.sorting)
        {
            lines.append(
                StyledLine(runs: [
                    .init(text: read, role: .accent, attributes: [.bold]),
                    .init(text: "  read it now", role: .muted),
                ]))
        }
        return lines
    }
}
