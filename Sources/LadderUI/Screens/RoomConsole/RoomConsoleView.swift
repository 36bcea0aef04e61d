import LadderCore

/// Draws the facilitator's console: the title and timer, who has joined and
/// how far each has got, then every card's split as a bar (the most
/// contested first) with participants' notes beneath, and the keys.
public enum RoomConsoleView {
    /// Columns each participant takes in the strip.
    static let personWidth = 22

    /// One line of the card list.
    enum Line: Equatable {
        case card(RoomReport.CardLine)
        case note(RoomReport.Note)
    }

    /// The console's body for `state` as a frame of its size (the status
    /// bar, drawn by the app, is left empty).
    public static func render(_ state: RoomConsoleState) -> Frame {
        var frame = Frame(size: state.size)
        draw(state, into: &frame.base)
        return frame
    }

    /// Draws the header, the people and the card list into `layer`.
    public static func draw(_ state: RoomConsoleState, into layer: inout Layer) {
        guard state.size.width >= 20, state.size.height >= 6 else {
            layer.write("Make the window larger", x: 0, y: 0, role: .warning)
            return
        }
        header(state, into: &layer)
        people(state, into: &layer)
        list(state, into: &layer)
    }

    private static func header(_ state: RoomConsoleState, into layer: inout Layer) {
        let width = state.size.width
        layer.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .statusBar)
        let timer = state.timerText
        let timerRole: Role =
            switch state.control.phase(at: state.now) {
            case .warning, .expired: .warning
            default: .statusKey
            }
        let joined = "\(state.report.participants.count) joined · "
        let right = TextWidth.of(joined) + TextWidth.of(timer) + 1
        layer.write(
            " " + state.settings.title, x: 0, y: 0, role: .statusBar, limit: max(0, width - right - 1))
        let used = layer.write(joined, x: max(0, width - right), y: 0, role: .statusBar)
        layer.write(timer, x: max(0, width - right) + used, y: 0, role: timerRole)
    }

    private static func people(_ state: RoomConsoleState, into layer: inout Layer) {
        let perRow = max(1, state.size.width / personWidth)
        let total = state.report.deck.cardCount
        guard !state.report.participants.isEmpty else {
            layer.write(" Nobody has joined yet.", x: 0, y: 1, role: .muted)
            return
        }
        for (index, person) in state.report.participants.enumerated() {
            let row = index / perRow
            guard row < state.peopleRows else { break }
            let mark = person.finished ? "✓" : "·"
            let text = "\(mark) \(person.name) \(person.sorted)/\(total)"
            layer.write(
                text, x: 1 + (index % perRow) * personWidth, y: 1 + row,
                role: person.finished ? .success : .text, limit: personWidth - 2)
        }
    }

    private static func list(_ state: RoomConsoleState, into layer: inout Layer) {
        let top = state.headerHeight
        let lines = state.listLines
        let width = state.size.width
        for row in 0..<state.listHeight {
            let index = state.scroll + row
            guard index < lines.count else { break }
            switch lines[index] {
            case .card(let card): cardLine(card, y: top + row, width: width, into: &layer)
            case .note(let note):
                let used = layer.write("    " + note.name + ": ", x: 0, y: top + row, role: .muted)
                layer.write(note.text, x: used, y: top + row, role: .quote, limit: max(0, width - used - 1))
            }
        }
    }

    /// `number` right-aligned in three columns.
    private static func pad(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, 3 - text.count)) + text
    }

    /// `○ 3 ███████░░░░░ 5 ▲  Title`: the split as a bar, then the card.
    private static func cardLine(_ card: RoomReport.CardLine, y: Int, width: Int, into layer: inout Layer) {
        let barWidth = min(24, max(6, width / 4))
        var x = layer.write(
            " \(Verdict.productive.symbol)\(pad(card.productive)) ", x: 0, y: y, role: .productive)
        let sorted = card.sorted
        let left =
            sorted == 0 ? 0 : Int((Double(card.productive) / Double(sorted) * Double(barWidth)).rounded())
        for cell in 0..<barWidth {
            let role: Role = sorted == 0 ? .gaugeTrack : (cell < left ? .productive : .advances)
            x += layer.write(sorted == 0 ? "·" : (cell < left ? "█" : "▒"), x: x, y: y, role: role)
        }
        x += layer.write(" \(card.advances) \(Verdict.advances.symbol)  ", x: x, y: y, role: .advances)
        let open = card.contestedByDesign ? " (open)" : ""
        layer.write(card.title + open, x: x, y: y, role: .text, limit: max(0, width - x - 1))
    }
}
