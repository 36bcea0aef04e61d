extension TriageLayout {
    /// The layout for `state`: the feedback after a sort gets the rows its
    /// wrapped text needs (up to `maximumFeedbackRows`), and the card and
    /// piles move down under it.
    static func of(_ state: AppState) -> TriageLayout {
        let bare = TriageLayout(size: state.size)
        let rows = TriageFeedbackLine.lines(state, width: bare.feedbackWidth).count
        return rows == 0 ? bare : TriageLayout(size: state.size, feedbackRows: rows)
    }

    /// The columns the feedback wraps to: the width of everything left of the gauges, less a margin.
    var feedbackWidth: Int { max(0, main.width - 2) }

    /// The most rows the feedback may take in a body of `height` rows: a
    /// quarter, and at least one; longer feedback ends in "…".
    static func maximumFeedbackRows(bodyHeight height: Int) -> Int { max(1, height / 4) }
}
