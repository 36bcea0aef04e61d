import LadderCore

/// Draws the home screen: the module, its reading time, overall progress and
/// the chapters with a tick for each one finished.
public enum HomeView {
    /// Draws home into `frame`.
    public static func draw(_ state: AppState, into frame: inout Frame) {
        let size = state.size
        let width = min(76, max(1, size.width - 4))
        let left = max(0, (size.width - width) / 2)
        let meta = state.module.meta
        var y = size.height >= 14 ? 1 : 0
        frame.base.write(
            TextWidth.truncate(meta.title, to: width), x: left, y: y, role: .title, attributes: [.bold])
        y += 1
        if let subtitle = meta.subtitle, size.height >= 18 {
            frame.base.write(TextWidth.truncate(subtitle, to: width), x: left, y: y, role: .muted)
            y += 1
        }
        let details = detailsLine(meta)
        if !details.isEmpty, size.height >= 10 {
            frame.base.write(TextWidth.truncate(details, to: width), x: left, y: y, role: .muted)
            y += 1
        }
        if size.height >= 14 { y += 1 }
        y = drawProgress(state, into: &frame.base, x: left, y: y, width: width)
        if size.height >= 14 { y += 1 }
        drawChapters(state, into: &frame.base, x: left, y: y, width: width, bottom: size.height - 1)
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

    private static func drawChapters(
        _ state: AppState, into layer: inout Layer, x: Int, y: Int, width: Int, bottom: Int
    ) {
        let rows = max(0, bottom - y)
        let chapters = state.module.chapters
        guard rows > 0, !chapters.isEmpty else { return }
        let first = min(max(0, state.selectedChapter - rows + 1), max(0, chapters.count - rows))
        let start = max(0, min(first, state.selectedChapter))
        let numberWidth = String(chapters.count).count
        for (row, index) in (start..<min(chapters.count, start + rows)).enumerated() {
            let selected = index == state.selectedChapter
            let done = state.finished.contains(index)
            let rowY = y + row
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
        if start > 0 { layer.write("↑", x: x + width - 1, y: y, role: .muted) }
        if start + rows < chapters.count { layer.write("↓", x: x + width - 1, y: y + rows - 1, role: .muted) }
    }
}
