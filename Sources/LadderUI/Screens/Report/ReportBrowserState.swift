import LadderCore

/// `ladder report --tui` as a value: the report, laid out at the
/// terminal's width, and how far it is scrolled.
public struct ReportBrowserState: Equatable, Sendable {
    /// The report browsed.
    public let report: RoomReport
    /// The first line shown.
    public internal(set) var top = 0
    /// The report's lines at the current width.
    private(set) var document: ReportDocument

    /// A browser over `report`, laid out for `width` columns.
    public init(report: RoomReport, width: Int) {
        self.report = report
        document = ReportDocument(report, width: width)
    }

    /// Lays the report out again when the width changed, keeping the
    /// section in view.
    mutating func reflow(width: Int) {
        guard width != document.width else { return }
        let section = document.section(at: top)
        let offset = top - (document.sections.indices.contains(section) ? document.sections[section].line : 0)
        document = ReportDocument(report, width: width)
        let start = document.sections.indices.contains(section) ? document.sections[section].line : 0
        top = max(0, start + min(offset, 0))
    }

    /// Scrolls by `lines`, within `rows` rows of view.
    mutating func scroll(by lines: Int, rows: Int) {
        top = min(max(0, top + lines), lastTop(rows: rows))
    }

    /// Scrolls to the section `index` (clamped), or to the one `step` away
    /// from the section in view.
    mutating func jump(section index: Int, rows: Int) {
        guard !document.sections.isEmpty else { return }
        let clamped = min(max(0, index), document.sections.count - 1)
        top = min(document.sections[clamped].line, lastTop(rows: rows))
    }

    /// The section in view (whose heading is at or above the top line).
    var currentSection: Int {
        // The last section whose start is in view counts once the end is reached.
        document.section(at: top)
    }

    /// The furthest the report scrolls with `rows` rows of view.
    func lastTop(rows: Int) -> Int { max(0, document.lines.count - max(1, rows)) }
}

/// What can happen to the report browser.
public enum ReportBrowserAction: Equatable, Sendable {
    /// Scroll by lines (negative is up).
    case scrolled(Int)
    /// Scroll by pages (negative is up); half pages when `half`.
    case paged(Int, half: Bool)
    /// To the top or the bottom.
    case ended(toEnd: Bool)
    /// To the next (+1) or previous (-1) section.
    case sectionStepped(Int)
    /// To section number `n` (0 for the first).
    case sectionOpened(Int)
}

extension AppState {
    /// Applies something done in the report browser.
    mutating func applyReportBrowser(_ action: ReportBrowserAction) {
        guard var browser = reportBrowser else { return }
        let rows = ReportBrowserView.textRows(for: size)
        switch action {
        case .scrolled(let lines): browser.scroll(by: lines, rows: rows)
        case .paged(let pages, let half):
            let page = max(1, half ? rows / 2 : rows - 1)
            browser.scroll(by: pages * page, rows: rows)
        case .ended(let toEnd): browser.scroll(by: toEnd ? Int(Int32.max) : -Int(Int32.max), rows: rows)
        case .sectionStepped(let step):
            let current = browser.currentSection
            let onHeading =
                browser.document.sections.indices.contains(current)
                && browser.document.sections[current].line == browser.top
            let target = step > 0 ? current + 1 : (onHeading ? current - 1 : current)
            browser.jump(section: target, rows: rows)
        case .sectionOpened(let index): browser.jump(section: index, rows: rows)
        }
        reportBrowser = browser
    }
}
