import LadderCore

/// The body of a room's card on a slide: the split as a bar with its
/// counts (told by symbols and numbers, not by colour alone), the question
/// for the room, the lesson's verdict and reasoning once the facilitator
/// shows it, and as many of the participants' notes as fit.
struct PresentCardLines {
    typealias Row = [PresentLayout.Run]

    let card: RoomReport.CardLine
    let measure: Int

    /// The rows, in at most `budget` rows when the notes must be cut.
    func lines(prompt: String, showsVerdict: Bool, budget: Int) -> [Row] {
        var rows = [bar()] + figures() + [[]]
        rows += WordWrap.wrap(prompt, width: measure).map { [.init(text: $0, role: .emphasis)] }
        rows.append([])
        rows += showsVerdict ? verdict() : [[.init(text: "r shows the lesson's verdict", role: .muted)]]
        guard !card.notes.isEmpty else { return rows }
        let room = budget - rows.count - 1
        var notes: [Row] = []
        for (index, note) in card.notes.enumerated() {
            let wrapped = WordWrap.wrap("“\(note.text)” — \(note.name)", width: measure)
            let left = card.notes.count - index
            let needsMore = left > 1 ? 1 : 0
            guard notes.count + wrapped.count + needsMore <= room else {
                notes.append([.init(text: "+ \(left) more \(left == 1 ? "note" : "notes")", role: .muted)])
                break
            }
            notes += wrapped.map { [.init(text: $0, role: .quote)] }
        }
        return rows + [[]] + (room > 0 ? notes : [])
    }

    /// `○ feels productive 7 ██████▒▒▒▒ 5 advances you ▲`, with the labels
    /// left out when the measure is narrow.
    private func bar() -> Row {
        let productive = Verdict.productive
        let advances = Verdict.advances
        let wide = measure >= 56
        let left =
            wide
            ? "\(productive.symbol) \(productive.label) \(card.productive) "
            : "\(productive.symbol) \(card.productive) "
        let right =
            wide
            ? " \(card.advances) \(advances.label) \(advances.symbol)"
            : " \(card.advances) \(advances.symbol)"
        let barWidth = max(4, min(30, measure - TextWidth.of(left) - TextWidth.of(right)))
        let sorted = card.sorted
        let filled =
            sorted == 0 ? 0 : Int((Double(card.productive) / Double(sorted) * Double(barWidth)).rounded())
        return [
            .init(text: left, role: .productive, attributes: .bold),
            .init(text: String(repeating: "█", count: filled), role: .productive),
            .init(text: String(repeating: "▒", count: barWidth - filled), role: .advances),
            .init(text: right, role: .advances, attributes: .bold),
        ]
    }

    /// `12 sorted: 58% feels productive, 42% advances you · 3 unsorted`.
    private func figures() -> [Row] {
        let sorted = card.sorted
        let share = { (part: Int) in RoomReport.percent(part, of: sorted).map { "\($0)%" } ?? "–" }
        var text = "\(sorted) sorted: \(share(card.productive)) · \(share(card.advances))"
        if card.unsorted > 0 { text += " · \(card.unsorted) unsorted" }
        if card.contestedByDesign { text += " · the lesson leaves it open" }
        return WordWrap.wrap(text, width: measure).map { [.init(text: $0, role: .muted)] }
    }

    /// The lesson's verdict and its reasoning, or both readings of a card
    /// it leaves open.
    private func verdict() -> [Row] {
        if let readings = card.readings {
            var rows: [Row] = [[.init(text: "The lesson leaves this open", role: .accent, attributes: .bold)]]
            for (verdict, reading) in [
                (Verdict.productive, readings.productive), (.advances, readings.advances),
            ] {
                rows += WordWrap.wrap("\(verdict.symbol) \(verdict.label): \(reading)", width: measure).map {
                    [.init(text: $0, role: verdict == .productive ? .productive : .advances)]
                }
            }
            return rows
        }
        guard let lesson = card.lessonVerdict else {
            return [[.init(text: "The lesson gives no verdict on this card", role: .muted)]]
        }
        var rows: [Row] = [
            [.init(text: "The lesson: \(lesson.symbol) \(lesson.label)", role: .accent, attributes: .bold)]
        ]
        if let rationale = card.rationale {
            rows += WordWrap.wrap(rationale, width: measure).map { [.init(text: $0, role: .text)] }
        }
        return rows
    }
}
