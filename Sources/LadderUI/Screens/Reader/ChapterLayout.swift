import LadderCore

/// A chapter laid out for one width: the lines the reader scrolls through.
public struct ChapterLayout: Equatable, Sendable {
    /// One line on screen.
    public struct Line: Equatable, Sendable {
        /// The unit shown, or nil for a blank line or rule.
        public var unit: Int?
        /// First UTF-8 offset into the unit's text.
        public var start: Int
        /// One past the last UTF-8 offset shown.
        public var end: Int
        /// Text drawn before the unit's text (a list marker or quote bar).
        public var prefix: String
        /// True for the rule under the title.
        public var isRule: Bool
    }

    /// The column width text was wrapped to.
    public let width: Int
    /// The units, in order.
    public let units: [TextUnit]
    /// The lines, in order.
    public let lines: [Line]
    /// The index of each unit's first line.
    private let firstLines: [Int]

    /// Lays out `chapter` at `width` columns.
    public init(chapter: Chapter, width: Int) {
        let width = max(1, width)
        self.width = width
        let units = TextUnit.units(of: chapter)
        self.units = units
        var lines: [Line] = []
        var firstLines: [Int] = []
        var previousBlock: Int?
        for (index, unit) in units.enumerated() {
            let keepsTogether = previousBlock == unit.block && Self.isListItem(unit)
            if !lines.isEmpty && !keepsTogether {
                lines.append(Line(unit: nil, start: 0, end: 0, prefix: "", isRule: false))
            }
            firstLines.append(lines.count)
            let (first, rest) = Self.prefixes(for: unit.kind)
            let available = width - TextWidth.of(first)
            for (number, piece) in UnitWrap.lines(unit.text, width: available).enumerated() {
                lines.append(
                    Line(
                        unit: index, start: piece.start, end: piece.end,
                        prefix: number == 0 ? first : rest, isRule: false))
            }
            if unit.kind == .title {
                lines.append(Line(unit: nil, start: 0, end: 0, prefix: "", isRule: true))
            }
            previousBlock = unit.block
        }
        self.lines = lines
        self.firstLines = firstLines
    }

    /// The line showing `offset` of `unit` (the last of the unit's lines
    /// starting at or before it), found by halving, or nil for no such unit.
    public func line(showing unit: Int, offset: Int) -> Int? {
        guard firstLines.indices.contains(unit) else { return nil }
        var low = firstLines[unit]
        var high = unit + 1 < firstLines.count ? firstLines[unit + 1] : lines.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lines[middle].unit == unit && lines[middle].start <= offset {
                low = middle
            } else {
                high = middle
            }
        }
        return low
    }

    /// The unit and offset a line starts at; blank lines report the next unit.
    public func anchor(at lineIndex: Int) -> (unit: Int, offset: Int)? {
        guard !lines.isEmpty else { return nil }
        var index = min(max(0, lineIndex), lines.count - 1)
        while index < lines.count {
            if let unit = lines[index].unit { return (unit, lines[index].start) }
            index += 1
        }
        return nil
    }

    private static func isListItem(_ unit: TextUnit) -> Bool {
        if case .listItem = unit.kind { return true }
        return false
    }

    private static func prefixes(for kind: TextUnit.Kind) -> (first: String, rest: String) {
        switch kind {
        case .title, .heading, .paragraph: ("", "")
        case .listItem(let marker):
            ("  \(marker) ", String(repeating: " ", count: 3 + TextWidth.of(marker)))
        case .quote: ("│ ", "│ ")
        }
    }
}
