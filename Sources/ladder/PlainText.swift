import LadderCore
import LadderUI

/// The module as wrapped plain text, for screen readers and pipes.
enum PlainText {
    static func render(_ module: Module, width: Int, only chapter: Int? = nil) -> String {
        var output: [String] = []
        if chapter == nil {
            output += WordWrap.wrap(module.meta.title, width: width)
            if let subtitle = module.meta.subtitle { output += WordWrap.wrap(subtitle, width: width) }
            var details: [String] = []
            if let line = module.meta.module { details.append(line) }
            if let lesson = module.meta.lessonNumber { details.append("Lesson \(lesson)") }
            if let minutes = module.meta.readingMinutes { details.append("\(minutes) min read") }
            if !details.isEmpty { output += WordWrap.wrap(details.joined(separator: " · "), width: width) }
            output.append("")
        }
        for (index, item) in module.chapters.enumerated() where chapter == nil || chapter == index {
            let layout = ChapterLayout(chapter: item, width: width)
            output.append("Chapter \(index + 1) of \(module.chapters.count)")
            for line in layout.lines {
                output.append(text(of: line, in: layout))
            }
            output.append("")
        }
        while output.last == "" { output.removeLast() }
        return output.joined(separator: "\n") + "\n"
    }

    private static func text(of line: ChapterLayout.Line, in layout: ChapterLayout) -> String {
        if line.isRule {
            let titleWidth = layout.units.first.map { TextWidth.of($0.text) } ?? 0
            return String(repeating: "=", count: min(layout.width, max(1, titleWidth)))
        }
        guard let unit = line.unit else { return "" }
        let prefix = line.prefix.isEmpty ? "" : line.prefix.replacingAll("│", with: ">")
        return prefix + layout.units[unit].slice(line.start, line.end)
    }
}
