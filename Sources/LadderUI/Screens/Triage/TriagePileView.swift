import LadderCore

/// Draws a pile: its symbol and label, its count and key, and the latest
/// cards put on it, newest first. Each card carries the pile's symbol, so
/// the piles read without colour.
enum TriagePileView {
    /// The most cards a pile lists.
    static let shownCards = 5

    /// The pile `verdict` of `session` in `area`.
    static func draw(
        _ verdict: Verdict, of session: TriageSession, key: String, area: Rect, shownCards: Int = shownCards,
        into layer: inout Layer
    ) {
        guard !area.isEmpty else { return }
        let role = role(of: verdict)
        let indices = session.pileIndices(verdict)
        var lines = TriageText.lines(
            "\(verdict.symbol) \(verdict.label)", width: area.width, role: role, attributes: [.bold])
        let count = indices.isEmpty ? "empty" : indices.count == 1 ? "1 card" : "\(indices.count) cards"
        lines.append(StyledLine(count + " · " + key, role: .muted))
        lines.append(.gap)
        let room = area.height - lines.count
        var shown = min(shownCards, indices.count)
        if shown > room || (indices.count > shown && shown + 1 > room) { shown = max(0, room - 1) }
        for offset in 0..<shown {
            let card = session.deck.cards[indices[indices.count - 1 - offset]]
            let runs = [
                StyledLine.Run(text: verdict.symbol + " ", role: role),
                StyledLine.Run(text: card.keyedTitle, role: offset == 0 ? .text : .muted),
            ]
            lines.append(StyledLine(runs: runs))
        }
        if indices.count > shown {
            lines.append(StyledLine("+ \(indices.count - shown) earlier", role: .muted))
        }
        for (row, line) in lines.prefix(area.height).enumerated() {
            line.draw(into: &layer, x: area.x, y: area.y + row, width: area.width)
        }
    }

    /// Both piles on one row, for terminals too narrow to show them beside
    /// the card: the longest wording that fits.
    static func drawLine(_ session: TriageSession, area: Rect, into layer: inout Layer) {
        guard !area.isEmpty else { return }
        let productive = session.pileCount(.productive)
        let advances = session.pileCount(.advances)
        let wordings: [(String, String)] = [
            (Verdict.productive.label, Verdict.advances.label), ("productive", "advances"), ("", ""),
        ]
        for (left, right) in wordings {
            let leftText = "\(Verdict.productive.symbol) \(productive) \(left)".trimmingSuffixSpaces
            let rightText = "\(Verdict.advances.symbol) \(advances) \(right)".trimmingSuffixSpaces
            guard TextWidth.of(leftText) + TextWidth.of(rightText) + 2 <= area.width || left.isEmpty else {
                continue
            }
            layer.write(leftText, x: area.x, y: area.y, role: .productive, limit: area.width)
            let x = max(area.x, area.maxX - TextWidth.of(rightText))
            layer.write(rightText, x: x, y: area.y, role: .advances, limit: area.maxX - x)
            return
        }
    }

    /// The theme role of a pile.
    static func role(of verdict: Verdict) -> Role {
        switch verdict {
        case .productive: .productive
        case .advances: .advances
        }
    }
}

extension String {
    /// The string without trailing spaces.
    fileprivate var trimmingSuffixSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
