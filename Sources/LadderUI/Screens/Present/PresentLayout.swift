import LadderCore

/// Where everything on a slide goes at a size, worked out once and drawn
/// as it says: runs of text on rows, centred as a block both ways, with
/// the heading in block letters when the terminal is wide and tall enough
/// and plain text when it is not (40x12 still shows the whole slide).
public struct PresentLayout: Equatable, Sendable {
    /// Text in one role.
    public struct Run: Equatable, Sendable {
        /// The text.
        public var text: String
        /// Its role.
        public var role: Role
        /// Its attributes (bold for the body, so it carries across a room).
        public var attributes: TextAttributes = []
    }

    /// One row of the slide: its runs, from column `x`.
    public struct Line: Equatable, Sendable {
        /// The row.
        public var y: Int
        /// The first column.
        public var x: Int
        /// The runs, left to right.
        public var runs: [Run]
    }

    /// The slide's rows, top to bottom.
    public var lines: [Line]
    /// `4 / 23`, bottom right.
    public var progress: Line
    /// The scale of the block-letter heading, 0 when it is plain text.
    public var headingScale: Int

    /// Columns of text at most, however wide the terminal.
    static let widestMeasure = 70

    /// The layout of `state`'s slide at `size` (the status bar below excluded).
    public init(_ state: PresentState, size: Size) {
        let slide = state.slide
        let sideMargin = size.width >= 60 ? size.width / 10 : 2
        let columns = max(10, size.width - 2 * sideMargin)
        let measure = min(columns, Self.widestMeasure)
        let rows = max(1, size.height - 2 - (size.height >= 18 ? 2 : 0))
        var content = PresentContent(slide: slide, measure: measure, columns: columns, rows: rows)
        content.build(showsVerdict: state.showsVerdict)
        headingScale = content.headingScale
        let top = max(0, (size.height - 1 - content.lines.count) / 2)
        lines = content.lines.enumerated().compactMap { row, runs in
            guard !runs.isEmpty else { return nil }
            let width = runs.reduce(0) { $0 + TextWidth.of($1.text) }
            return Line(y: top + row, x: max(0, (size.width - width) / 2), runs: runs)
        }
        let count = "\(state.index + 1) / \(state.slides.count)"
        progress = Line(
            y: max(0, size.height - 2), x: max(0, size.width - TextWidth.of(count) - sideMargin / 2 - 1),
            runs: [Run(text: count, role: .muted)])
    }
}

/// The rows of a slide before they are placed: each a list of runs, an
/// empty list for a blank row. Parts are dropped from the least needed up
/// until the slide fits (block letters, then spacing, then the caption).
struct PresentContent {
    let slide: PresentSlide
    let measure: Int
    let columns: Int
    let rows: Int
    private(set) var lines: [[PresentLayout.Run]] = []
    private(set) var headingScale = 0

    init(slide: PresentSlide, measure: Int, columns: Int, rows: Int) {
        self.slide = slide
        self.measure = measure
        self.columns = columns
        self.rows = rows
    }

    /// Fills `lines`, trying the biggest heading and widest spacing first.
    mutating func build(showsVerdict: Bool) {
        let spacings = slide.cardID == nil ? [2, 1] : [1]
        let captionRows = slide.caption.isEmpty ? 0 : 2
        for scale in [3, 2, 1, 0] {
            guard let heading = headingLines(scale: scale) else { continue }
            let budget = rows - captionRows - heading.count - 1
            let body = bodyLines(showsVerdict: showsVerdict, budget: budget)
            for spacing in spacings {
                let candidate = assemble(caption: true, heading: heading, body: body, spacing: spacing)
                if candidate.count <= rows {
                    lines = candidate
                    headingScale = scale
                    return
                }
            }
        }
        let plain = Array((headingLines(scale: 0) ?? []).prefix(1))
        let body = bodyLines(showsVerdict: showsVerdict, budget: rows - plain.count - 1)
        lines = Array(assemble(caption: false, heading: plain, body: body, spacing: 1).prefix(rows))
    }

    private func assemble(
        caption: Bool, heading: [[PresentLayout.Run]], body: [[PresentLayout.Run]], spacing: Int
    ) -> [[PresentLayout.Run]] {
        var result: [[PresentLayout.Run]] = []
        if caption, !slide.caption.isEmpty {
            result.append([.init(text: TextWidth.truncate(slide.caption, to: columns), role: .muted)])
            result.append([])
        }
        result += heading
        if !heading.isEmpty, !body.isEmpty { result.append([]) }
        for (index, line) in body.enumerated() {
            if index > 0, spacing == 2 || line.isEmpty { result.append([]) }
            if !line.isEmpty { result.append(line) }
        }
        return result
    }

    /// The heading in block letters at `scale` (in at most two lines), or
    /// as plain text at scale 0; nil when it does not fit at `scale`.
    private func headingLines(scale: Int) -> [[PresentLayout.Run]]? {
        guard scale > 0 else {
            return WordWrap.wrap(slide.heading, width: columns, limit: 3).map {
                [.init(text: $0, role: .heading, attributes: .bold)]
            }
        }
        guard let split = BlockLetters.lines(slide.heading, scale: scale, width: columns, most: 2),
            split.count * BlockLetters.height(scale: scale) <= rows / 2
        else { return nil }
        var result: [[PresentLayout.Run]] = []
        for (index, line) in split.enumerated() {
            if index > 0 { result.append([]) }
            result += (BlockLetters.render(line, scale: scale) ?? []).map {
                [.init(text: $0, role: .heading)]
            }
        }
        return result
    }

    /// The slide's text and, on a room's card, its figures, verdict and notes:
    /// each row of runs, an empty row where a paragraph ends.
    private func bodyLines(showsVerdict: Bool, budget: Int) -> [[PresentLayout.Run]] {
        guard case .card(let card) = slide.kind else {
            return WordWrap.wrap(slide.text, width: measure).map {
                [.init(text: $0, role: .text, attributes: .bold)]
            }
        }
        return PresentCardLines(card: card, measure: measure).lines(
            prompt: slide.text, showsVerdict: showsVerdict, budget: budget)
    }
}
