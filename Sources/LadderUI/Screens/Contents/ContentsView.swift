import LadderCore

/// Draws the home screen: the module, its reading time, overall progress and
/// the chapters with a tick for each one finished.
public enum ContentsView {
    /// Draws the contents into `frame`.
    public static func draw(_ state: AppState, into frame: inout Frame) {
        let meta = state.module.meta
        let layout = ContentsLayout(size: state.size, meta: meta)
        let area = layout.title
        frame.base.write(
            TextWidth.truncate(meta.title, to: area.width), x: area.x, y: area.y, role: .title,
            attributes: [.bold])
        if let area = layout.subtitle, let subtitle = meta.subtitle {
            frame.base.write(TextWidth.truncate(subtitle, to: area.width), x: area.x, y: area.y, role: .muted)
        }
        if let area = layout.details {
            frame.base.write(
                TextWidth.truncate(detailsLine(meta), to: area.width), x: area.x, y: area.y, role: .muted)
        }
        drawProgress(
            state, into: &frame.base, x: layout.progress.x, y: layout.progress.y, width: layout.progress.width
        )
        drawChapters(state, into: &frame.base, area: layout.list)
    }

    /// "Module 9 · The Human Craft · Lesson 50 · 17 min read".
    static func detailsLine(_ meta: ModuleMeta) -> String {
        var parts: [String] = []
        if let module = meta.module { parts.append(module) }
        if let lesson = meta.lessonNumber { parts.append("Lesson \(lesson)") }
        if let minutes = meta.readingMinutes { parts.append("\(minutes) min read") }
        return parts.joined(separator: " · ")
    }

    private static func drawProgress(_ state: AppState, into layer: inout Layer, x: Int, y: Int, width: Int)
        -> Int
    {
        let total = state.module.chapters.count
        let done = state.finished.count
        let percent = total == 0 ? 0 : done * 100 / total
        let label = " \(percent)%  \(done) of \(total) read"
        let barWidth = max(0, min(30, width - TextWidth.of(label)))
        ProgressBar.draw(
            into: &layer, x: x, y: y, width: barWidth,
            fraction: total == 0 ? 0 : Double(done) / Double(total),
            role: .success)
        layer.write(label, x: x + barWidth, y: y, role: .muted, limit: width - barWidth)
        return y + 1
    }

    /// Every chapter takes one row.
    static func heights(_ state: AppState) -> [Int] {
        Array(repeating: 1, count: state.module.chapters.count)
    }

    /// The chapters shown in `area`, with the selection in view.
    static func placedChapters(_ state: AppState, area: Rect) -> [ListView.Placed] {
        let heights = heights(state)
        var scroll = state.contentsList
        scroll.reveal(state.selectedChapter, heights: heights, rows: area.height)
        scroll.clamp(heights: heights, rows: area.height)
        return ListView.window(top: scroll.top, heights: heights, rows: area.height)
    }

    private static func drawChapters(_ state: AppState, into layer: inout Layer, area: Rect) {
        let chapters = state.module.chapters
        guard !area.isEmpty, !chapters.isEmpty else { return }
        let (x, width) = (area.x, area.width)
        let numberWidth = String(chapters.count).count
        let placed = placedChapters(state, area: area)
        for item in placed {
            let index = item.index
            let selected = index == state.selectedChapter
            let done = state.finished.contains(index)
            let rowY = area.y + item.y
            if selected { layer.fill(Rect(x: x, y: rowY, width: width, height: 1), role: .selection) }
            let textRole: Role = selected ? .selection : .text
            var column = x
            column += layer.write(
                selected ? "›" : " ", x: column, y: rowY, role: selected ? .selection : .accent)
            column += layer.write(
                done ? " ✓ " : "   ", x: column, y: rowY, role: selected ? .selection : .success)
            let number =
                String(repeating: " ", count: numberWidth - String(index + 1).count) + "\(index + 1)  "
            column += layer.write(number, x: column, y: rowY, role: selected ? .selection : .muted)
            let title = TextWidth.truncate(chapters[index].title, to: max(0, x + width - column))
            layer.write(title, x: column, y: rowY, role: textRole)
        }
        ListView.drawMarks(placed, count: chapters.count, heights: heights(state), into: &layer, area: area)
    }
}

extension ContentsView {
    /// Rows the chapter list takes in `state`: what a page key moves.
    static func listRows(for state: AppState) -> Int {
        max(1, ContentsLayout(size: state.size, meta: state.module.meta).list.height)
    }
}
