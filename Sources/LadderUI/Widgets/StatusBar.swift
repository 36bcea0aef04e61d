import LadderCore

/// The bottom row: the keys that work on this screen, or a passing message,
/// or the search prompt.
public enum StatusBar {
    /// A key and what it does, such as `q quit`.
    public struct Hint: Equatable, Sendable {
        /// The key as written in the bar.
        public var key: String
        /// What it does, in a word or two.
        public var label: String
        /// How long the hint holds on when space is short: lower goes first.
        public var rank: Int
        /// The keys the hint names, in the order written: a click on one
        /// presses it, a click on the label presses the first.
        public var triggers: [KeyEvent]

        /// Creates a hint.
        public init(key: String, label: String, rank: Int = 1, triggers: [KeyEvent] = []) {
            self.key = key
            self.label = label
            self.rank = rank
            self.triggers = triggers
        }

        /// Columns the hint takes, with the gap after it.
        var width: Int { TextWidth.of(key) + 1 + TextWidth.of(label) + 2 }
    }

    /// Draws `hints` on row `y`, with `message` (if any) taking the right side.
    /// When space is short, the lowest-ranked hints go first, later ones
    /// before earlier ones of the same rank.
    public static func draw(
        into layer: inout Layer, y: Int, hints: [Hint], message: (text: String, role: Role)? = nil
    ) {
        let width = layer.rect.width
        layer.fill(Rect(x: 0, y: y, width: width, height: 1), role: .statusBar)
        for placed in placed(hints, width: width, message: message?.text) {
            let used = layer.write(placed.hint.key, x: placed.x, y: y, role: .statusKey)
            layer.write(" " + placed.hint.label, x: placed.x + used, y: y, role: .statusBar)
        }
        if let message {
            let text = TextWidth.truncate(message.text, to: max(0, width - 2))
            let reserved = TextWidth.of(text) + 2
            layer.write(
                text, x: width - reserved + 1, y: y, role: message.role == .muted ? .statusBar : .statusKey)
        }
    }

    /// Where each hint shown goes on a bar `width` wide that also shows
    /// `message` on its right: the columns a click on it covers.
    public static func placed(_ hints: [Hint], width: Int, message: String?) -> [(
        x: Int, width: Int, hint: Hint
    )] {
        let reserved = message.map { TextWidth.of(TextWidth.truncate($0, to: max(0, width - 2))) + 2 } ?? 0
        var x = 1
        var placed: [(Int, Int, Hint)] = []
        for hint in fitting(hints, width: width - reserved - 1) {
            let needed = TextWidth.of(hint.key) + 1 + TextWidth.of(hint.label)
            if x + needed > width - reserved - 1 { break }
            placed.append((x, needed, hint))
            x += needed + 2
        }
        return placed
    }

    /// The hints that fit in `width` columns, in their order.
    static func fitting(_ hints: [Hint], width: Int) -> [Hint] {
        var shown = hints
        while shown.count > 1, shown.reduce(0, { $0 + $1.width }) > width {
            let lowest = shown.map(\.rank).min() ?? 0
            guard let index = shown.lastIndex(where: { $0.rank == lowest }) else { break }
            shown.remove(at: index)
        }
        return shown
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
