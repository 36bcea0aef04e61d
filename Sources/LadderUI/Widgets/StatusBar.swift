import LadderCore

/// The bottom row: the keys that work on this screen, or a passing message,
/// or the search prompt.
public enum StatusBar {
    /// A key and what it does, such as ("q", "quit").
    public typealias Hint = (key: String, label: String)

    /// Draws `hints` on row `y`, with `message` (if any) taking the right side.
    public static func draw(
        into layer: inout Layer, y: Int, hints: [Hint], message: (text: String, role: Role)? = nil
    ) {
        let width = layer.rect.width
        layer.fill(Rect(x: 0, y: y, width: width, height: 1), role: .statusBar)
        var reserved = 0
        if let message {
            let text = TextWidth.truncate(message.text, to: max(0, width - 2))
            reserved = TextWidth.of(text) + 2
            layer.write(
                text, x: width - reserved + 1, y: y, role: message.role == .muted ? .statusBar : .statusKey)
        }
        // When space is short, hints go from the middle: the screen's first
        // keys and the last two (help and quit) stay longest.
        var shown = hints
        func total(_ list: [Hint]) -> Int {
            list.reduce(0) { $0 + TextWidth.of($1.key) + 1 + TextWidth.of($1.label) + 2 }
        }
        while shown.count > 2, total(shown) > width - reserved - 1 {
            shown.remove(at: max(0, shown.count - 3))
        }
        var x = 1
        for hint in shown {
            let needed = TextWidth.of(hint.key) + 1 + TextWidth.of(hint.label)
            if x + needed > width - reserved - 1 { break }
            x += layer.write(hint.key, x: x, y: y, role: .statusKey)
            x += layer.write(" " + hint.label, x: x, y: y, role: .statusBar)
            x += 2
        }
    }

    /// Draws a text prompt such as `/query` and returns where the cursor goes.
    public static func drawPrompt(into layer: inout Layer, y: Int, prompt: String, text: String) -> (
        x: Int, y: Int
    ) {
        let width = layer.rect.width
        layer.fill(Rect(x: 0, y: y, width: width, height: 1), role: .statusBar)
        let room = max(0, width - TextWidth.of(prompt) - 2)
        var shown = text
        while TextWidth.of(shown) > room, !shown.isEmpty { shown.removeFirst() }
        let used = layer.write(prompt + shown, x: 0, y: y, role: .statusKey)
        return (min(used, max(0, width - 1)), y)
    }
}
