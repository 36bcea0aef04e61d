import LadderCore

/// Where a scrolling list is: the first item shown. Every list of the app
/// (the chapters, the statements, the triage summary, the help) keeps one,
/// moves it with these methods and draws through `ListView`, so they all
/// scroll alike: never past the end, and just enough to show the selection.
/// Item heights come from a function, so a long list measures only the
/// items near the window.
public struct ListScroll: Equatable, Sendable {
    /// The first item shown.
    public var top: Int

    /// A list scrolled to `top`.
    public init(top: Int = 0) { self.top = top }

    /// Scrolls by `step` items, no further than shows the last page full.
    public mutating func scroll(by step: Int, count: Int, rows: Int, gap: Int = 0, height: (Int) -> Int) {
        let last = ListView.lastTop(count: count, rows: rows, gap: gap, height: height)
        top = min(max(0, top + step), last)
    }

    /// Scrolls as little as possible so that item `index` is fully shown
    /// (or starts the window when it is taller than the window).
    public mutating func reveal(_ index: Int, count: Int, rows: Int, gap: Int = 0, height: (Int) -> Int) {
        guard index >= 0, index < count, rows > 0 else { return }
        if index <= top {
            top = index
            return
        }
        let shown = ListView.window(top: top, count: count, rows: rows, gap: gap, height: height)
        if shown.contains(where: { $0.index == index && $0.height == height(index) }) { return }
        var first = index
        var used = height(index)
        while first > 0, used + gap + height(first - 1) <= rows {
            first -= 1
            used += gap + height(first)
        }
        top = first
    }

    /// Keeps `top` in range after the list or the window changed size.
    public mutating func clamp(count: Int, rows: Int, gap: Int = 0, height: (Int) -> Int) {
        top = min(max(0, top), ListView.lastTop(count: count, rows: rows, gap: gap, height: height))
    }

    /// `scroll` for items whose heights are known.
    public mutating func scroll(by step: Int, heights: [Int], rows: Int, gap: Int = 0) {
        scroll(by: step, count: heights.count, rows: rows, gap: gap) { heights[$0] }
    }

    /// `reveal` for items whose heights are known.
    public mutating func reveal(_ index: Int, heights: [Int], rows: Int, gap: Int = 0) {
        reveal(index, count: heights.count, rows: rows, gap: gap) { heights[$0] }
    }

    /// `clamp` for items whose heights are known.
    public mutating func clamp(heights: [Int], rows: Int, gap: Int = 0) {
        clamp(count: heights.count, rows: rows, gap: gap) { heights[$0] }
    }
}

/// Lays out and draws a scrolling list of items of any height: which items
/// a window shows, where each sits, which one a row belongs to (for the
/// mouse), and the ↑ ↓ marks that say more is above or below.
public enum ListView {
    /// One item as placed in the window.
    public struct Placed: Equatable, Sendable {
        /// The item's index.
        public var index: Int
        /// Its first row, counted from the window's top.
        public var y: Int
        /// Rows it has on screen (fewer than its height when cut at the bottom).
        public var height: Int
    }

    /// The items shown from `top` in `rows` rows, `gap` blank rows apart;
    /// the last may be cut. Measures only the items it places.
    public static func window(top: Int, count: Int, rows: Int, gap: Int = 0, height: (Int) -> Int) -> [Placed]
    {
        guard rows > 0, count > 0 else { return [] }
        var placed: [Placed] = []
        var y = 0
        var index = min(max(0, top), count - 1)
        while index < count, y < rows {
            let full = height(index)
            placed.append(Placed(index: index, y: y, height: min(full, rows - y)))
            y += full + gap
            index += 1
        }
        return placed
    }

    /// The largest top that still fills the window, measuring from the end.
    public static func lastTop(count: Int, rows: Int, gap: Int = 0, height: (Int) -> Int) -> Int {
        guard count > 0 else { return 0 }
        var first = count - 1
        var used = height(first)
        while first > 0, used + gap + height(first - 1) <= rows {
            first -= 1
            used += gap + height(first)
        }
        return first
    }

    /// `window` for items whose heights are known.
    public static func window(top: Int, heights: [Int], rows: Int, gap: Int = 0) -> [Placed] {
        window(top: top, count: heights.count, rows: rows, gap: gap) { heights[$0] }
    }

    /// `lastTop` for items whose heights are known.
    public static func lastTop(heights: [Int], rows: Int, gap: Int = 0) -> Int {
        lastTop(count: heights.count, rows: rows, gap: gap) { heights[$0] }
    }

    /// The item at `row` of the window, nil for a gap or below the items.
    public static func item(atRow row: Int, in placed: [Placed]) -> Int? {
        placed.first { row >= $0.y && row < $0.y + $0.height }?.index
    }

    /// Draws ↑ in the top-right cell of `area` when items are hidden above,
    /// and ↓ in the bottom-right one when items (or rows of the last one)
    /// are hidden below.
    public static func drawMarks(
        _ placed: [Placed], count: Int, into layer: inout Layer, area: Rect, height: (Int) -> Int
    ) {
        guard !area.isEmpty else { return }
        if let first = placed.first, first.index > 0 {
            layer.write("↑", x: area.maxX - 1, y: area.y, role: .muted)
        }
        if let last = placed.last, last.index < count - 1 || last.height < height(last.index) {
            layer.write("↓", x: area.maxX - 1, y: area.maxY - 1, role: .muted)
        }
    }

    /// `drawMarks` for items whose heights are known.
    public static func drawMarks(
        _ placed: [Placed], count: Int, heights: [Int], into layer: inout Layer, area: Rect
    ) {
        drawMarks(placed, count: count, into: &layer, area: area) { heights[$0] }
    }
}
