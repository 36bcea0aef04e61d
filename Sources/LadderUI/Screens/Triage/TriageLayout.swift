/// Where the parts of the triage screen go for a terminal size: the header
/// row, the body above the status bar, the live scorecard beside it on wide
/// terminals, and the card between its two piles (or the piles on one line
/// under the card when there is no room beside it).
struct TriageLayout: Equatable {
    /// From this width the gauges stay beside the card.
    static let panelMinimumWidth = 110
    /// From this width (left of the gauges) the piles sit beside the card.
    static let pilesBesideMinimumWidth = 60
    /// The widest the card gets, for a comfortable line length.
    static let maximumCardWidth = 56
    /// The gauges' width: enough for every label at full length.
    static let panelWidth = 48

    /// The first row of the body.
    let bodyTop: Int
    /// One past the body's last row: the status bar's row.
    let bodyBottom: Int
    /// Everything left of the gauges: the card and piles, or the summary.
    let main: Rect
    /// The gauges beside the card, nil on narrower terminals.
    let panel: Rect?
    /// The column of the rule between the gauges and the rest.
    let rule: Int?
    /// Rows the card, piles and gauges sit below the body's top on tall
    /// terminals, so they do not hang at the top of an empty screen.
    let lift: Int
    /// The most room the card may take; it uses only the rows it needs.
    let card: Rect
    /// The "feels productive" pile left of the card, when there is room.
    let leftPile: Rect?
    /// The "advances you" pile right of the card, when there is room.
    let rightPile: Rect?
    /// One row for both piles under the card, when they do not fit beside it.
    let pileLine: Rect?

    /// True when a terminal of `size` shows the gauges beside the card.
    static func showsPanelBeside(_ size: Size) -> Bool { size.width >= panelMinimumWidth }

    /// The layout for a terminal of `size`; every rect is inside it (or empty).
    init(size: Size) {
        let width = size.width
        bodyTop = size.height >= 14 ? 2 : 1
        bodyBottom = max(bodyTop, size.height - 1)
        let fullHeight = bodyBottom - bodyTop
        lift = max(0, (fullHeight - 24) / 3)
        let bodyHeight = fullHeight - lift
        if Self.showsPanelBeside(size) {
            let panelWidth = Self.panelWidth
            let panelX = width - panelWidth - 2
            panel = Rect(x: panelX, y: bodyTop, width: panelWidth, height: fullHeight)
            rule = panelX - 3
            main = Rect(x: 0, y: bodyTop, width: panelX - 5, height: fullHeight)
        } else {
            panel = nil
            rule = nil
            main = Rect(x: 0, y: bodyTop, width: width, height: fullHeight)
        }
        let top = bodyTop + lift
        if main.width >= Self.pilesBesideMinimumWidth {
            let pile = min(18, max(10, (main.width - 6) / 4))
            let cardWidth = min(Self.maximumCardWidth, main.width - 6 - 2 * pile)
            let left = main.x + max(1, (main.width - (2 * pile + cardWidth + 4)) / 2)
            let pileHeight = max(0, bodyHeight - 1)
            card = Rect(x: left + pile + 2, y: top, width: cardWidth, height: bodyHeight)
            leftPile = Rect(x: left, y: top + 1, width: pile, height: pileHeight)
            rightPile = Rect(x: card.maxX + 2, y: top + 1, width: pile, height: pileHeight)
            pileLine = nil
        } else {
            let margin = main.width >= 40 ? 2 : 1
            let rows = bodyHeight >= 7 ? 2 : (bodyHeight >= 4 ? 1 : 0)
            let cardWidth = min(Self.maximumCardWidth, max(0, main.width - 2 * margin))
            let x = main.x + max(0, (main.width - cardWidth) / 2)
            card = Rect(x: x, y: top, width: cardWidth, height: bodyHeight - rows)
            pileLine = rows == 0 ? nil : Rect(x: x, y: bodyBottom - 1, width: cardWidth, height: 1)
            leftPile = nil
            rightPile = nil
        }
    }

    /// The column the summary uses: at most 76 wide, centred in `main`.
    var summary: Rect {
        let margin = main.width >= 40 ? 2 : 1
        let width = min(76, max(0, main.width - 2 * margin))
        return Rect(
            x: main.x + max(0, (main.width - width) / 2), y: bodyTop, width: width, height: main.height)
    }
}
