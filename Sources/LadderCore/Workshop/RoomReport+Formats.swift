import FoundationEssentials

extension RoomReport {
    /// The report as CSV (RFC 4180), one row per card, participant and
    /// gauge; the `kind` column tells them apart so a spreadsheet can filter.
    public func csv() -> String {
        var rows = [
            [
                "kind", "rank", "id", "name", "productive", "advances", "unsorted", "agreed", "judged",
                "agreement_percent", "lesson", "notes",
            ]
        ]
        var rank = Array(repeating: 0, count: cards.count)
        for (place, index) in contestedOrder.enumerated() { rank[index] = place + 1 }
        for (index, card) in cards.enumerated() {
            let lesson = card.contestedByDesign ? "open" : card.lessonVerdict?.rawValue ?? ""
            let notes = card.notes.map { "\($0.name): \($0.text)" }.joined(separator: " | ")
            rows.append([
                "card", String(rank[index]), card.id, card.title, String(card.productive),
                String(card.advances),
                String(card.unsorted), String(card.agreed), String(card.judged),
                Self.percent(card.agreed, of: card.judged).map(String.init) ?? "", lesson, notes,
            ])
        }
        for person in participants {
            rows.append([
                "participant", "", person.id, person.name, "", "", String(deck.cardCount - person.sorted),
                String(person.agreed), String(person.judged),
                Self.percent(person.agreed, of: person.judged).map(String.init) ?? "", "", "",
            ])
        }
        for gauge in scorecard {
            rows.append([
                "gauge", "", gauge.gauge, Gauge(rawValue: gauge.gauge)?.label ?? gauge.gauge, "", "", "", "",
                String(gauge.participants), FixedDecimal.text(gauge.average, places: 1), "", "",
            ])
        }
        return rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// The report as pretty JSON with sorted keys.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(JSONShape(report: self))) ?? Data("{}".utf8)) + Data("\n".utf8)
    }

    /// One CSV field, quoted when it must be; text is sanitised and a
    /// leading formula character is defused for spreadsheets.
    public static func csvField(_ raw: String) -> String {
        var text = Sanitizer.clean(raw)
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    /// The JSON document: the report plus the discussion order spelled out.
    private struct JSONShape: Encodable {
        var report: RoomReport
        var mostContested: [String]

        init(report: RoomReport) {
            self.report = report
            mostContested = report.contestedOrder.map { report.cards[$0].id }
        }

        private enum CodingKeys: String, CodingKey {
            case format, title, deck, seed, participants, cards, mostContested, scorecard, skipped
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("ladder-report", forKey: .format)
            try container.encode(report.title, forKey: .title)
            try container.encode(report.deck, forKey: .deck)
            try container.encodeIfPresent(report.seed, forKey: .seed)
            try container.encode(report.participants, forKey: .participants)
            try container.encode(report.cards, forKey: .cards)
            try container.encode(mostContested, forKey: .mostContested)
            try container.encode(report.scorecard, forKey: .scorecard)
            try container.encode(report.skipped, forKey: .skipped)
        }
    }
}
