import LadderCore

/// Draws the report browser: the report's title and its numbered sections
/// on the top row (the one in view highlighted), the report beneath.
enum ReportBrowserView {
    /// Rows of report shown at `size` (between the top row and the status bar).
    static func textRows(for size: Size) -> Int { max(1, size.height - 2) }

    /// Where each section's label goes on the top row at `width`.
    static func sectionLabels(_ browser: ReportBrowserState, width: Int) -> [(
        x: Int, width: Int, text: String
    )] {
        let sections = browser.document(for: width).sections
        let texts = sections.enumerated().map { " \($0.offset + 1) \($0.element.short) " }
        let total = texts.reduce(0) { $0 + TextWidth.of($1) }
        var x = max(0, width - total)
        return texts.map { text in
            defer { x += TextWidth.of(text) }
            return (x, TextWidth.of(text), text)
        }
    }

    /// Draws `browser` at `size`.
    static func draw(_ browser: ReportBrowserState, size: Size, into layer: inout Layer) {
        let document = browser.document(for: size.width)
        layer.fill(Rect(x: 0, y: 0, width: size.width, height: 1), role: .statusBar)
        let labels = sectionLabels(browser, width: size.width)
        let current = document.section(at: browser.top)
        layer.write(
            " " + browser.report.title, x: 0, y: 0, role: .statusBar, attributes: .bold,
            limit: max(0, (labels.first?.x ?? size.width) - 1))
        for (index, label) in labels.enumerated() {
            layer.write(label.text, x: label.x, y: 0, role: index == current ? .selection : .statusBar)
        }
        let rows = textRows(for: size)
        let top = min(browser.top, max(0, document.lines.count - rows))
        for row in 0..<rows {
            let index = top + row
            guard index < document.lines.count else { break }
            var x = 1
            for run in document.lines[index].runs {
                x += layer.write(
                    run.text, x: x, y: 1 + row, role: run.role, attributes: run.attributes,
                    limit: max(0, size.width - x - 1))
            }
        }
    }
}

extension ReportBrowserState {
    /// The report laid out at `width`: the stored layout when it is for
    /// that width, else a fresh one.
    func document(for width: Int) -> ReportDocument {
        document.width == width ? document : ReportDocument(report, width: width)
    }
}
