extension RoomReport {
    /// The report over `results` (each with the file it came from), for
    /// `deck` when it is at hand (titles, verdicts and reasons; without it
    /// cards are named by id and agreement comes from the files).
    public init(
        title: String, round: RoundKey, deck: Deck?, results: [(file: String, results: ParticipantResults)],
        skipped: [SkippedFile]
    ) {
        self.title = title
        self.deck = round.deck
        seed = round.seed
        self.skipped = skipped
        var cards = deck.map { $0.cards.map(Self.line(for:)) } ?? []
        var indexByID = [String: Int](minimumCapacity: cards.count)
        for (index, card) in cards.enumerated() where indexByID[card.id] == nil { indexByID[card.id] = index }
        let idsAreUnique = indexByID.count == cards.count
        participants = []
        participants.reserveCapacity(results.count)
        for (file, entry) in results {
            var line = ParticipantLine(
                name: Self.untrusted(entry.participant.name, limit: Self.longestName),
                id: Self.untrusted(entry.participant.id, limit: Self.longestName),
                file: Sanitizer.clean(file), sorted: 0, agreed: 0,
                judged: 0, peeks: 0, finished: false)
            // Cards come in deck order, so the next card is usually the one
            // after the last: checked before the id is looked up.
            var next = 0
            for result in entry.cards {
                let index: Int
                if idsAreUnique, next < cards.count, cards[next].id == result.id {
                    index = next
                } else if let known = indexByID[result.id] {
                    index = known
                } else {
                    guard deck == nil else { continue }
                    index = cards.count
                    indexByID[result.id] = index
                    cards.append(
                        Self.line(
                            id: Self.untrusted(result.id, limit: Self.longestName),
                            contested: result.contested ?? false))
                }
                next = index + 1
                Self.count(result, participant: &line, card: &cards[index], deckCard: deck?.cards[index])
            }
            line.finished = line.sorted >= round.deck.cardCount
            participants.append(line)
        }
        for index in cards.indices {
            cards[index].unsorted = max(0, results.count - cards[index].sorted)
        }
        self.cards = cards
        contestedOrder = Self.contestedOrder(cards)
        scorecard = Self.averages(results.map(\.results))
    }

    /// Adds one card result to its participant's line and its card's line.
    private static func count(
        _ result: CardResult, participant: inout ParticipantLine, card: inout CardLine, deckCard: Card?
    ) {
        participant.peeks += min(max(0, result.peeks), mostPeeks)
        if let note = result.note.map({ untrusted($0, limit: longestNote) }), !note.isEmpty {
            card.notes.append(Note(name: participant.name, text: note))
        }
        guard let pile = result.pile else { return }
        participant.sorted += 1
        switch pile {
        case .productive: card.productive += 1
        case .advances: card.advances += 1
        }
        let agrees =
            deckCard.map { ContestedCards.agreement($0, pile: pile, peeks: result.peeks) }
            ?? (result.peeks == 0 ? result.agrees : nil)
        guard let agrees else { return }
        card.judged += 1
        participant.judged += 1
        if agrees {
            card.agreed += 1
            participant.agreed += 1
        }
    }

    private static func line(for card: Card) -> CardLine {
        CardLine(
            id: card.id, title: card.title, lessonVerdict: card.verdict, rationale: card.rationale,
            chapter: card.chapter, readings: card.readings, contestedByDesign: card.isContested,
            productive: 0,
            advances: 0, unsorted: 0, agreed: 0, judged: 0, notes: [])
    }

    private static func line(id: String, contested: Bool) -> CardLine {
        CardLine(
            id: id, title: id, lessonVerdict: nil, rationale: nil, chapter: nil, readings: nil,
            contestedByDesign: contested,
            productive: 0, advances: 0, unsorted: 0, agreed: 0, judged: 0, notes: [])
    }

    /// Card indices by how even their split is: the nearest to half and
    /// half first, then the most sorted, then deck order; unsorted cards last.
    static func contestedOrder(_ cards: [CardLine]) -> [Int] {
        cards.indices.sorted { left, right in
            let a = cards[left]
            let b = cards[right]
            switch (a.margin, b.margin) {
            case (nil, nil): return left < right
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?):
                // Compare |p - a| / n exactly, without rounding: cross-multiply.
                let lhs = abs(a.productive - a.advances) * b.sorted
                let rhs = abs(b.productive - b.advances) * a.sorted
                if lhs != rhs { return lhs < rhs }
                if x == y, a.sorted != b.sorted { return a.sorted > b.sorted }
                return left < right
            }
        }
    }

    /// The mean of each gauge over the participants who sorted at least one
    /// card; a value outside 0–100 in a file counts as the nearer end.
    private static func averages(_ results: [ParticipantResults]) -> [GaugeAverage] {
        var sums: [String: (total: Double, count: Int)] = [:]
        for entry in results where entry.sortedCount > 0 {
            for (gauge, value) in entry.scorecard where value.isFinite {
                sums[gauge, default: (0, 0)].total += min(100, max(0, value))
                sums[gauge, default: (0, 0)].count += 1
            }
        }
        let order = Gauge.allCases.map(\.rawValue)
        return sums.map {
            GaugeAverage(
                gauge: $0.key, average: $0.value.total / Double($0.value.count), participants: $0.value.count)
        }
        .sorted {
            let left = order.firstIndex(of: $0.gauge) ?? order.count
            let right = order.firstIndex(of: $1.gauge) ?? order.count
            return (left, $0.gauge) < (right, $1.gauge)
        }
    }
}
