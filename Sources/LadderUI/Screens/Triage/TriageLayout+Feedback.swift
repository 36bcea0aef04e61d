extension TriageLayout {
    /// The layout for `state`: the feedback after a sort gets the rows its
    /// wrapped text needs (up to `maximumFeedbackRows`), and the card and
    /// piles move down under it.
    static func of(_ state: AppState) -> TriageLayout {
        let bare = TriageLayout(size: state.size)
        let rows = TriageFeedbackLine.lines(state, width: bare.feedbackWidth).count
        return rows == 0 ? bare : TriageLayout(size: state.size, feedbackRows: rows)
    }

    /// The columns the feedback wraps to.
    var feedbackWidth: Int { Self.feedbackWidth(in: main) }

    /// The columns the feedback wraps to in `main` (everything left of the
    /// gauges): its width less a margin, at most `maximumFeedbackWidth` so
    /// that lines stay easy to read on a wide terminal.
    static func feedbackWidth(in main: Rect) -> Int { max(0, min(maximumFeedbackWidth, main.width - 2)) }

    /// The widest the feedback gets, centred over the card and its piles.
    static let maximumFeedbackWidth = 100

    /// The most rows the feedback may take in a body of `height` rows: a
    /// quarter, and at least one; longer feedback ends in "…".
    static func maximumFeedbackRows(bodyHeight height: Int) -> Int { max(1, height / 4) }
}
