import LadderCore

/// The summary's scrolling list: a heading with the position, then items
/// from `summaryTop` for as many rows as it is given. With lesson verdicts
/// the items are the disagreements with the lesson's reasoning; without,
/// the cards put on "feels productive", the candidates not to build.
enum TriageSummaryList {
    /// The list's lines, at most `rows` of them.
    static func lines(_ triage: TriageState, width: Int, rows: Int) -> [StyledLine] {
        guard rows > 0 else { return [] }
        let session = triage.session
        let lesson = session.agreement != nil
        let count = triage.summaryCount
        guard count > 0 else {
            let text =
                lesson
                ? "You and the lesson agreed on every card."
                : "Nothing went on \(Verdict.productive.symbol) \(Verdict.productive.label): you chose it all."
            return Array(TriageText.lines(text, width: width, role: .success).prefix(rows))
        }
        let title =
            lesson ? TriageContestedText.summaryTitle(triage) : "The cards on each side (\(count))"
        var body: [StyledLine] = []
        if !lesson {
            body += TriageText.lines(
                "\(Verdict.advances.symbol) \(Verdict.advances.label) first, then "
                    + "\(Verdict.productive.symbol) \(Verdict.productive.label): candidates to drop, shrink or "
                    + "hand on.", width: width, role: .muted, maxLines: 2)
        }
        let first = min(max(0, triage.summaryTop), count - 1)
        var built: [Int: [StyledLine]] = [:]
        // Items sit two columns in, so the chosen one (the first shown,
        // which n writes a note on) can carry a "›".
        func item(_ position: Int) -> [StyledLine] {
            if let lines = built[position] { return lines }
            let inner = max(1, width - 2)
            let lines =
                lesson
                ? disagreement(at: position, triage, width: inner)
                : candidate(at: position, triage, width: inner)
            let marked = lines.enumerated().map { row, line in
                let mark = row == 0 && position == first ? "› " : "  "
                return StyledLine(
                    runs: [.init(text: mark, role: .accent, attributes: [.bold])] + line.runs,
                    isOptional: line.isOptional)
            }
            built[position] = marked
            return marked
        }
        let room = rows - 1 - body.count
        let placed = ListView.window(top: first, count: count, rows: room, gap: 1) { item($0).count }
        for spot in placed {
            if spot.y > 0 { body.append(.gap) }
            let fitted = StyledLine.fit(item(spot.index), rows: spot.height)
            body += fitted.lines
            if fitted.cut, let last = body.popLast() { body.append(last.cut(to: width)) }
        }
        let shown = placed.count
        while body.last?.text.isEmpty == true { body.removeLast() }
        let range = shown == 1 ? "\(first + 1)" : "\(first + 1)–\(first + shown)"
        let position = shown < count ? "\(range) of \(count) · j k" : ""
        return [heading(title, position: position, width: width)] + body
    }

    /// The heading on the left and where the list is on the right.
    private static func heading(_ title: String, position: String, width: Int) -> StyledLine {
        let room = max(0, width - TextWidth.of(position) - 2)
        let left = TextWidth.truncate(title, to: position.isEmpty ? width : room)
        let spaces = max(0, width - TextWidth.of(left) - TextWidth.of(position))
        return StyledLine(runs: [
            .init(text: left, role: .heading, attributes: [.bold]),
            .init(text: String(repeating: " ", count: spaces) + position, role: .muted),
        ])
    }

    /// One disagreement: the title behind the user's pile symbol, then the
    /// lesson's pile and reasoning.
    private static func disagreement(at position: Int, _ triage: TriageState, width: Int) -> [StyledLine] {
        let session = triage.session
        guard triage.disagreements.indices.contains(position) else { return [] }
        let index = triage.disagreements[position]
        let card = session.deck.cards[index]
        if let readings = card.readings, let placed = session.records[index].placed {
            return TriageContestedText.summaryItem(card.keyedTitle, placed: placed, readings, width: width)
        }
        guard let placed = session.records[index].placed, let lesson = card.verdict else { return [] }
        let title = StyledLine(runs: [
            .init(text: "\(placed.symbol) ", role: TriagePileView.role(of: placed)),
            .init(text: card.keyedTitle, role: .text, attributes: [.bold]),
        ])
        let why = "Lesson: \(lesson.symbol) \(lesson.label). " + (card.rationale ?? "")
        return [title] + indented(why, width: width, maxLines: 3) + noteLines(session, index, width: width)
    }

    /// `text` wrapped under an item's title, muted.
    private static func indented(_ text: String, width: Int, maxLines: Int) -> [StyledLine] {
        WordWrap.wrap(text, width: max(1, width - 2), limit: maxLines).map {
            StyledLine.marked("  " + $0, role: .muted)
        }
    }

    /// One card of a real backlog: the "advances you" pile first, then the
    /// "feels productive" one; its title behind its pile's symbol, then its
    /// note, or else its detail.
    private static func candidate(at position: Int, _ triage: TriageState, width: Int) -> [StyledLine] {
        let session = triage.session
        let advances = session.pileIndices(.advances)
        let productive = session.pileIndices(.productive)
        let (verdict, pile, place) =
            position < advances.count
            ? (Verdict.advances, advances, position)
            : (Verdict.productive, productive, position - advances.count)
        guard pile.indices.contains(place) else { return [] }
        let index = pile[place]
        let card = session.deck.cards[index]
        var lines = [
            StyledLine(runs: [
                .init(text: "\(verdict.symbol) ", role: TriagePileView.role(of: verdict)),
                .init(text: card.keyedTitle, role: .text, attributes: [.bold]),
            ])
        ]
        let note = noteLines(session, index, width: width)
        if !note.isEmpty {
            lines += note
        } else if let detail = card.detail, !detail.isEmpty {
            lines += indented(detail, width: width, maxLines: 2)
        }
        return lines
    }

    /// The card's note, wrapped under its title, or nothing.
    private static func noteLines(_ session: TriageSession, _ index: Int, width: Int) -> [StyledLine] {
        guard let note = session.note(at: index) else { return [] }
        return WordWrap.wrap("Your note: " + note, width: max(1, width - 2), limit: 3).map {
            StyledLine.marked("  " + $0, role: .accent)
        }
    }
}
