import LadderCore

/// The help overlay: a box over the screen listing the keys that work there.
public enum HelpOverlay {
    /// Builds the overlay layer for `state`, sized to fit the terminal.
    public static func layer(for state: AppState) -> Layer {
        let lines = HelpContent.lines(in: state)
        let keyWidth = lines.map { TextWidth.of($0.keys) }.max() ?? 0
        let textWidth = lines.map { TextWidth.of($0.text) }.max() ?? 0
        let width = min(state.size.width, max(20, keyWidth + textWidth + 7))
        let height = min(state.size.height, lines.count + 4)
        let rect = Rect(
            x: max(0, (state.size.width - width) / 2), y: max(0, (state.size.height - height) / 2),
            width: width, height: height)
        var layer = Layer(rect: rect, fill: Cell(" ", role: .overlay))
        Box.draw(into: &layer, title: "Help")
        let rows = max(0, height - 4)
        let top = min(state.helpTop, max(0, lines.count - rows))
        for (row, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            let y = row + 2
            if line.keys.isEmpty {
                layer.write(line.text, x: 3, y: y, role: .heading, limit: width - 5)
            } else {
                layer.write(line.keys, x: 3, y: y, role: .accent, limit: width - 5)
                layer.write(
                    TextWidth.truncate(line.text, to: max(0, width - keyWidth - 7)), x: 5 + keyWidth, y: y,
                    role: .overlay, limit: max(0, width - keyWidth - 7))
            }
        }
        if lines.count > rows, height >= 3 {
            let more = top + rows < lines.count ? " j/k: more ↓ " : " j/k: more ↑ "
            layer.write(
                more, x: max(1, width - TextWidth.of(more) - 2), y: height - 1, role: .muted, limit: width - 2
            )
        }
        return layer
    }

    /// How many help lines do not fit at the current size.
    public static func hiddenLines(for state: AppState) -> Int {
        let lines = HelpContent.lines(in: state).count
        return max(0, lines - textRows(for: state))
    }

    /// Rows of help text the box shows at the current size.
    public static func textRows(for state: AppState) -> Int {
        let lines = HelpContent.lines(in: state).count
        return max(0, min(state.size.height, lines + 4) - 4)
    }
}
