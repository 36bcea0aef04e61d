import LadderCore

/// Draws a note or an answer being typed: a note as a prompt in the status
/// bar, scrolling sideways; an answer as a panel above the status bar with
/// the question and the text wrapped under it, the cursor after the last
/// character.
public enum EntryView {
    /// The prompt before a note's text: which card it is on.
    static func prompt(for entry: TextEntry, state: AppState) -> String {
        guard case .note(let card) = entry.target, let deck = state.triage?.session.deck,
            deck.cards.indices.contains(card)
        else { return "Note: " }
        let room = max(8, state.size.width / 3)
        return "Defend your call on “\(TextWidth.truncate(deck.cards[card].title, to: room))”: "
    }

    /// Adds the answer panel to `frame` and places the cursor; a note is
    /// drawn by the status bar instead.
    static func draw(_ entry: TextEntry, state: AppState, into frame: inout Frame) {
        guard entry.wraps, case .reflection(let prompt) = entry.target else { return }
        let size = state.size
        let width = min(size.width, 80)
        guard width >= 20, size.height >= 8 else { return }
        let inner = width - 4
        let question = WordWrap.wrap(prompt.text, width: inner, limit: 3)
        let answerRows = max(1, min(6, size.height - question.count - 6))
        let wrapped = WordWrap.wrap(entry.text + " ", width: inner)
        let shown = Array(wrapped.suffix(answerRows))
        let height = question.count + shown.count + 3
        let area = Rect(
            x: (size.width - width) / 2, y: max(1, size.height - 1 - height), width: width, height: height)
        var layer = Layer(rect: area, fill: Cell(" ", role: .overlay))
        Box.draw(into: &layer, title: "Your answer · Enter keeps · Esc cancels")
        for (row, line) in question.enumerated() {
            layer.write(line, x: 2, y: 1 + row, role: .muted, limit: inner)
        }
        let top = 2 + question.count
        for (row, line) in shown.enumerated() {
            layer.write(line, x: 2, y: top + row, role: .overlay, limit: inner)
        }
        let last = shown.last.map { TextWidth.of($0.hasSuffix(" ") ? String($0.dropLast()) : $0) } ?? 0
        frame.cursor = (area.x + 2 + min(last, inner - 1), area.y + top + shown.count - 1)
        frame.overlays.append(layer)
    }
}
