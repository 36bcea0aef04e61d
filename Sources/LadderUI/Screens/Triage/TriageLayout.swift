/// Where the parts of the triage screen go for a terminal size: the body
/// between the tabs and the status bar, the live gauges beside it on wide
/// terminals, and the card with its two piles: beside the card when there
/// is room for both, under the gauges when the gauges column has rows to
/// spare, or on one line under the card. View, keys and mouse all read it.
struct TriageLayout: Equatable {
    /// From this width the gauges stay beside the card.
    static let panelMinimumWidth = 110
    /// From this width (left of the gauges) the piles sit beside the card.
    static let pilesBesideMinimumWidth = 74
    /// The widest the card gets, for a comfortable line length.
    static let maximumCardWidth = 56
    /// The gauges' width: enough for every label at full length.
    static let panelWidth = 48
    /// Rows the gauges, their legend and the next move take beside the card.
    static let gaugeRows = 17

    /// The first row of the body.
    let bodyTop: Int
    /// One past the body's last row: the status bar's row.
    let bodyBottom: Int
    /// Everything left of the gauges: the card and piles, or the summary.
    let main: Rect
    /// The gauges column beside the card, nil on narrower terminals.
    let panel: Rect?
    /// Where the gauges draw in that column while cards are left.
    var gauges: Rect?
    /// The column of the rule between the gauges and the rest.
    let rule: Int?
    /// The most room the card may take; it uses only the rows it needs.
    let card: Rect
    /// The "feels productive" pile, when it has an area of its own.
    let leftPile: Rect?
    /// The "advances you" pile, when it has an area of its own.
    let rightPile: Rect?
    /// One row for both piles under the card, when they have no area.
    let pileLine: Rect?
    /// The rows of the feedback after a sort, above the card; nil when none is shown.
    private(set) var feedback: Rect?
    /// True when the piles sit under the gauges, where they list more cards.
    var pilesUnderGauges: Bool { panel != nil && leftPile.map { $0.x >= (panel?.x ?? 0) } == true }

    /// True when a terminal of `size` shows the gauges beside the card.
    static func showsPanelBeside(_ size: Size) -> Bool { size.width >= panelMinimumWidth }

    /// The layout for a terminal of `size`, with `feedbackRows` rows of
    /// feedback over the card (cut to `maximumFeedbackRows`); every rect is
    /// inside the terminal (or empty).
    init(size: Size, feedbackRows: Int = 0) {
        let width = size.width
        bodyTop = size.height >= 14 ? 2 : 1
        bodyBottom = max(bodyTop, size.height - 1)
        let fullHeight = bodyBottom - bodyTop
        let lift = max(0, (fullHeight - 24) / 3)
        let top = bodyTop + lift
        let bodyHeight = fullHeight - lift
        if Self.showsPanelBeside(size) {
            let panelX = width - Self.panelWidth - 2
            let panel = Rect(x: panelX, y: bodyTop, width: Self.panelWidth, height: fullHeight)
            self.panel = panel
            rule = panelX - 3
            main = Rect(x: 0, y: bodyTop, width: panelX - 5, height: fullHeight)
        } else {
            panel = nil
            rule = nil
            main = Rect(x: 0, y: bodyTop, width: width, height: fullHeight)
        }
        gauges = panel.map { Rect(x: $0.x, y: top, width: $0.width, height: bodyHeight) }
        let feedbackRows = min(max(0, feedbackRows), Self.maximumFeedbackRows(bodyHeight: fullHeight))
        let margin = main.width >= 40 ? 2 : 1
        let cardWidth = min(Self.maximumCardWidth, max(0, main.width - 2 * margin))
        let x = main.x + max(0, (main.width - cardWidth) / 2)
        if main.width < Self.pilesBesideMinimumWidth, let panel, fullHeight - Self.gaugeRows - 1 >= 8 {
            let placed = Self.placeFeedback(feedbackRows, over: bodyTop, in: main)
            feedback = placed.feedback
            let cardTop = placed.cardTop
            let pilesY = bodyTop + Self.gaugeRows + 1
            let half = (panel.width - 2) / 2
            let height = bodyBottom - pilesY
            card = Rect(x: x, y: cardTop, width: cardWidth, height: bodyBottom - cardTop)
            leftPile = Rect(x: panel.x, y: pilesY, width: half, height: height)
            rightPile = Rect(x: panel.x + half + 2, y: pilesY, width: panel.width - half - 2, height: height)
            pileLine = nil
            gauges = Rect(x: panel.x, y: bodyTop, width: panel.width, height: Self.gaugeRows)
            return
        }
        let placed = Self.placeFeedback(feedbackRows, over: top, in: main)
        feedback = placed.feedback
        let (cardTop, pushed) = (placed.cardTop, placed.pushed)
        let cardHeight = bodyHeight - pushed
        if main.width >= Self.pilesBesideMinimumWidth {
            let pile = min(18, max(10, (main.width - 6) / 4))
            let cardWidth = min(Self.maximumCardWidth, main.width - 6 - 2 * pile)
            let left = main.x + max(1, (main.width - (2 * pile + cardWidth + 4)) / 2)
            let pileHeight = max(0, cardHeight - 1)
            card = Rect(x: left + pile + 2, y: cardTop, width: cardWidth, height: cardHeight)
            leftPile = Rect(x: left, y: cardTop + 1, width: pile, height: pileHeight)
            rightPile = Rect(x: card.maxX + 2, y: cardTop + 1, width: pile, height: pileHeight)
            pileLine = nil
            return
        }
        let rows = cardHeight >= 7 ? 2 : (cardHeight >= 4 ? 1 : 0)
        card = Rect(x: x, y: cardTop, width: cardWidth, height: cardHeight - rows)
        pileLine = rows == 0 ? nil : Rect(x: x, y: bodyBottom - 1, width: cardWidth, height: 1)
        leftPile = nil
        rightPile = nil
    }

    /// Puts `rows` of feedback over a card that would start at `top` in
    /// `main`: on the row above it (the blank one under the tabs on most
    /// terminals), pushing the card down for the rest. Returns the
    /// feedback's rows, where the card starts and how many rows it lost.
    private static func placeFeedback(_ rows: Int, over top: Int, in main: Rect)
        -> (feedback: Rect?, cardTop: Int, pushed: Int)
    {
        guard rows > 0 else { return (nil, top, 0) }
        let y = top >= 2 ? top - 1 : top
        let pushed = max(0, y + rows - top)
        let width = feedbackWidth(in: main)
        let x = main.x + max(1, (main.width - width) / 2)
        return (Rect(x: x, y: y, width: width, height: rows), top + pushed, pushed)
    }

    /// The column the summary uses: at most 76 wide, centred in `main`.
    var summary: Rect {
        let margin = main.width >= 40 ? 2 : 1
        let width = min(76, max(0, main.width - 2 * margin))
        return Rect(
            x: main.x + max(0, (main.width - width) / 2), y: bodyTop, width: width, height: main.height)
    }
}
