/// The report browser's keys: the reader's scrolling keys, and the
/// sections by `]`/`[` or their numbers.
public enum ReportBrowserBindings {
    /// The report browser's table.
    public static let table = BindingTable(
        "Report",
        [
            Binding(
                "report.line", keys: [.character("j"), .character("k"), .down, .up],
                help: "a line down or up",
                hint: "scroll", hintKeys: [.up, .down],
                perKey: { key, _ in .reportBrowser(.scrolled(key == .character("j") || key == .down ? 1 : -1))
                }),
            Binding(
                "report.page",
                keys: [.character(" "), .character("b"), .pageDown, .pageUp, .control("f"), .control("b")],
                help: "a page down or up",
                perKey: { key, _ in
                    let down: Set<KeyEvent> = [.character(" "), .pageDown, .control("f")]
                    return .reportBrowser(.paged(down.contains(key) ? 1 : -1, half: false))
                }),
            Binding(
                "report.half-page", keys: [.character("d"), .character("u")], help: "half a page down or up",
                perKey: { key, _ in .reportBrowser(.paged(key == .character("d") ? 1 : -1, half: true)) }),
            Binding(
                "report.ends", keys: [.character("g"), .character("G"), .home, .end], help: "top or bottom",
                perKey: { key, _ in .reportBrowser(.ended(toEnd: key == .character("G") || key == .end)) }),
            Binding(
                "report.section", keys: [.character("]"), .character("["), .right, .left],
                help: "the next or previous section", hint: "section",
                hintKeys: [.character("]"), .character("[")],
                perKey: { key, _ in
                    .reportBrowser(.sectionStepped(key == .character("]") || key == .right ? 1 : -1))
                }),
            Binding(
                "report.section-number",
                keys: (1...5).compactMap { digit in Character("\(digit)") }.map(KeyEvent.character),
                keysLabel: "1–5", help: "section 1 to 5, as numbered on the top row",
                perKey: { key, _ in
                    guard case .character(let digit) = key, let number = digit.wholeNumberValue else {
                        return nil
                    }
                    return .reportBrowser(.sectionOpened(number - 1))
                }),
        ])
}
