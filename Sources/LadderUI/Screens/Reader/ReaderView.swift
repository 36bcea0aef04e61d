import LadderCore

/// Draws a chapter: a header with the position, the text at a comfortable
/// measure centred on wide terminals, and the status bar.
public enum ReaderView {
    /// The widest text column, in cells: about 72, like a printed page.
    public static let maximumMeasure = 72

    /// The text column's width for a terminal of `size`.
    public static func measure(for size: Size, maximum: Int = maximumMeasure) -> Int {
        let margin = size.width >= 50 ? 2 : 1
        return max(1, min(maximum, size.width - 2 * margin))
    }

    /// Rows of text between the header and the status bar.
    public static func textHeight(for size: Size) -> Int { max(1, size.height - 2) }

    /// The position indicator: `chapter N/M` and how far into it, such as `3/10 42%`.
    public static func position(of state: AppState) -> String {
        let percent = state.reader.percent(height: textHeight(for: state.size))
        if state.reader.notesChapter != nil { return "notes · \(percent)%" }
        return "\(state.reader.chapter + 1)/\(max(1, state.module.chapters.count)) · \(percent)%"
    }

    /// Draws the reader into `frame`.
    public static func draw(_ state: AppState, into frame: inout Frame) {
        let size = state.size
        let measure = measure(for: size, maximum: state.readingWidth)
        let left = max(0, (size.width - measure) / 2)
        frame.focus = (left, 1)
        let position = position(of: state)
        let header = TabBar.headerArea(for: size, current: .reader)
        let positionX = max(header.x, header.maxX - TextWidth.of(position))
        let room = max(0, positionX - header.x - 2)
        let title =
            state.reader.notesChapter == nil ? state.module.meta.title : BundledModule.module.meta.title
        frame.base.write(TextWidth.truncate(title, to: room), x: header.x, y: 0, role: .muted)
        frame.base.write(position, x: positionX, y: 0, role: .accent, limit: header.maxX - positionX)

        let layout = state.reader.layout
        let matches = matchesByUnit(state)
        for row in 0..<textHeight(for: size) {
            let index = state.reader.top + row
            guard layout.lines.indices.contains(index) else { break }
            drawLine(layout, index, matches: matches, into: &frame.base, x: left, y: row + 1)
        }
    }

    /// The search hits in the open chapter, by unit, with the current one marked.
    private static func matchesByUnit(_ state: AppState) -> [Int: [(range: Range<Int>, current: Bool)]] {
        guard let search = state.search, state.reader.notesChapter == nil else { return [:] }
        var byUnit: [Int: [(Range<Int>, Bool)]] = [:]
        for (index, match) in search.matches.enumerated() where match.chapter == state.reader.chapter {
            byUnit[match.unit, default: []].append(
                (match.start..<(match.start + match.length), index == search.current))
        }
        return byUnit
    }

    private static func drawLine(
        _ layout: ChapterLayout, _ index: Int, matches: [Int: [(range: Range<Int>, current: Bool)]],
        into layer: inout Layer, x: Int, y: Int
    ) {
        let line = layout.lines[index]
        if line.isRule {
            layer.write(String(repeating: "─", count: layout.width), x: x, y: y, role: .border)
            return
        }
        guard let unitIndex = line.unit else { return }
        let unit = layout.units[unitIndex]
        var column = x
        if !line.prefix.isEmpty {
            let isBlank = line.prefix.allSatisfy { $0 == " " }
            let prefixRole: Role = isBlank ? .text : (unit.kind == .quote ? .quote : .accent)
            column += layer.write(line.prefix, x: column, y: y, role: prefixRole)
        }
        let styles = SpanStyles(unit: unit)
        let hits = matches[unitIndex] ?? []
        for offset in line.start..<line.end {
            let character = unit.characters[offset]
            var (role, attributes) = styles.look(at: offset)
            if let hit = hits.first(where: { $0.range.contains(offset) }) {
                role = .match
                if hit.current { attributes.insert(.underline) }
            }
            column += layer.write(String(character), x: column, y: y, role: role, attributes: attributes)
        }
    }
}

/// Which role and attributes each character of a unit gets from its kind and
/// its spans' styles.
struct SpanStyles {
    private let unit: TextUnit
    private var boundaries: [(end: Int, style: Span.Style)] = []

    init(unit: TextUnit) {
        self.unit = unit
        var end = 0
        for span in unit.spans {
            end += span.text.count
            boundaries.append((end, span.style))
        }
    }

    func look(at offset: Int) -> (Role, TextAttributes) {
        let style = boundaries.first { offset < $0.end }?.style ?? .plain
        switch unit.kind {
        case .title: return (.title, [.bold])
        case .heading: return (.heading, [.bold])
        case .quote:
            switch style {
            case .strong: return (.quote, [.bold])
            default: return (.quote, [])
            }
        case .paragraph, .listItem:
            switch style {
            case .plain: return (.text, [])
            case .emphasis: return (.emphasis, [])
            case .strong: return (.strong, [])
            case .code: return (.code, [])
            }
        }
    }
}
