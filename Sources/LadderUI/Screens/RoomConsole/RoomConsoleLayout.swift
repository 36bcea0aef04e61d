import LadderCore

/// Where the console's parts go, and the card list as lines.
extension RoomConsoleState {
    /// Rows above the card list: the title, the people, a blank line.
    public var headerHeight: Int { 2 + peopleRows }

    /// Rows the participants' strip takes (at most a quarter of the screen).
    var peopleRows: Int {
        let perRow = max(1, size.width / RoomConsoleView.personWidth)
        let needed = (report.participants.count + perRow - 1) / perRow
        return min(max(1, needed), max(1, size.height / 4))
    }

    /// Rows for the card list.
    var listHeight: Int { max(0, size.height - headerHeight - 2) }

    /// The card list's lines: each card's split, then its notes.
    var listLines: [RoomConsoleView.Line] {
        var lines: [RoomConsoleView.Line] = []
        for index in report.contestedOrder {
            let card = report.cards[index]
            lines.append(.card(card))
            for note in card.notes { lines.append(.note(note)) }
        }
        return lines
    }

    /// The furthest the list scrolls.
    public var maxScroll: Int { max(0, listLines.count - listHeight) }
}
