import FoundationEssentials
import LadderCore

/// What the user can do to the session. Each move is O(1) in the size of
/// the deck, except the one that finishes it, which lists the disagreements
/// once for the summary.
extension TriageState {
    /// Puts the current card on `verdict`'s pile at `date`; false when
    /// every card is already sorted.
    @discardableResult
    public mutating func sort(_ verdict: Verdict, at date: Date) -> Bool {
        var moved = false
        changePiles(at: date) { session in
            guard let card = session.currentIndex else { return (nil, nil) }
            session.sort(verdict, at: date)
            moved = true
            return (nil, session.decision(at: card))
        }
        return moved
    }

    /// Sends the current card to the back of the queue; false when every
    /// card is sorted.
    @discardableResult
    public mutating func skip(at date: Date) -> Bool {
        guard !session.isFinished else { return false }
        changeSession { $0.skip(at: date) }
        isRevealed = false
        reasonTop = 0
        return true
    }

    /// Takes back the last sort or skip; false when there is nothing to undo.
    @discardableResult
    public mutating func undo(at date: Date) -> Bool {
        var moved = false
        changePiles(at: date) { session in
            // Taken before the undo, which may mark the card peeked: the
            // tally must lose exactly what it gained when the card was sorted.
            let removed = session.decisionToUndo
            guard session.undo() else { return (nil, nil) }
            moved = true
            return (removed, nil)
        }
        return moved
    }

    /// Makes the last undone move again; false when there is nothing to redo.
    @discardableResult
    public mutating func redo(at date: Date) -> Bool {
        var moved = false
        changePiles(at: date) { session in
            let card = session.currentIndex
            guard session.redo() else { return (nil, nil) }
            moved = true
            return (nil, card.flatMap { session.decision(at: $0) })
        }
        return moved
    }

    /// Shows the lesson's answer for the current card (counting the reveal
    /// in the session) or hides it again. Returns true when it is now shown.
    @discardableResult
    /// With answers hidden (`showsFeedback` off) nothing is shown.
    public mutating func toggleReveal(at date: Date) -> Bool {
        guard !session.isFinished, session.showsFeedback else { return false }
        if isRevealed {
            isRevealed = false
            return false
        }
        changeSession { $0.reveal(at: date) }
        isRevealed = true
        return true
    }

    /// How many items the summary lists: the disagreements with the
    /// lesson, or for a backlog without verdicts every card, side by side.
    public var summaryCount: Int {
        session.agreement == nil
            ? session.pileCount(.advances) + session.pileCount(.productive) : disagreements.count
    }

    /// Moves the summary's list by `step` items, kept in range.
    public mutating func scrollSummary(by step: Int) {
        summaryTop = min(max(0, summaryTop + step), max(0, summaryCount - 1))
    }
}
