import LadderCore

extension TriageState {
    /// The deck index of the summary's item at `position`: a disagreement or
    /// contested card, or for a backlog without verdicts a card of the
    /// "advances you" pile, then of the "feels productive" one. Nil when
    /// there is no such item.
    public func summaryCard(at position: Int) -> Int? {
        guard position >= 0 else { return nil }
        if session.agreement != nil {
            return disagreements.indices.contains(position) ? disagreements[position] : nil
        }
        let advances = session.pileIndices(.advances)
        if position < advances.count { return advances[position] }
        let productive = session.pileIndices(.productive)
        let place = position - advances.count
        return productive.indices.contains(place) ? productive[place] : nil
    }

    /// The summary's chosen item (the first one shown), which `n` writes
    /// a note on; nil while cards are left or the list is empty.
    public var chosenSummaryCard: Int? {
        session.isFinished ? summaryCard(at: summaryTop) : nil
    }
}
