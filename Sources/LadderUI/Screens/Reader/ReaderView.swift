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
        let search = state.reader.notesChapter == nil ? state.search : nil
        for row in 0..<textHeight(for: size) {
            let index = state.reader.top + row
            guard layout.lines.indices.contains(index) else { break }
            drawLine(
                layout, index, search: search, chapter: state.reader.chapter, into: &frame.base, x: left,
                y: row + 1)
        }
    }

    private static func drawLine(
        _ layout: ChapterLayout, _ index: Int, search: SearchState?, chapter: Int,
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
        let hits =
            search.map {
                MatchLookup.hits(
                    of: $0, chapter: chapter, unit: unitIndex, overlapping: line.start..<line.end)
            } ?? []
        guard !hits.isEmpty else {
            drawSpans(unit, from: line.start, to: line.end, into: &layer, x: column, y: y)
            return
        }
        var styles = SpanStyles(unit: unit, from: line.start)
        var run = GraphemeRun(unit.text, from: line.start, to: line.end)
        run.forEach { grapheme in
            var (role, attributes) = styles.look(at: grapheme.start)
            if let hit = hits.first(where: { $0.range.contains(grapheme.start) }) {
                role = .match
                if hit.current { attributes.insert(.underline) }
            }
            // A cell straight from the byte or the grapheme: no string made per character.
            if let ascii = grapheme.ascii {
                column += layer.write(
                    code: UInt32(ascii), x: column, y: y, role: role, attributes: attributes)
            } else if let character = grapheme.character {
                column += layer.write(
                    character: character, x: column, y: y, role: role, attributes: attributes)
            }
            return true
        }
    }

    /// A line with no search hits, a span at a time: an ASCII span is
    /// written a byte a cell, with no grapheme breaking at all.
    private static func drawSpans(
        _ unit: TextUnit, from start: Int, to end: Int, into layer: inout Layer, x: Int, y: Int
    ) {
        var styles = SpanStyles(unit: unit, from: start)
        var span = 0
        var high = unit.spanEnds.count
        while span < high {
            let middle = (span + high) / 2
            if unit.spanEnds[middle] <= start { span = middle + 1 } else { high = middle }
        }
        var column = x
        var offset = start
        while offset < end {
            let stop = span < unit.spanEnds.count ? min(end, max(offset, unit.spanEnds[span])) : end
            let (role, attributes) = styles.look(at: offset)
            column += layer.write(
                unit.slice(offset, stop), x: column, y: y, role: role, attributes: attributes)
            offset = stop
            span += 1
        }
    }
}
