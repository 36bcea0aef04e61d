extension GaugeReading {
    /// Why the gauge reads what it does, in one line, such as
    /// "cards: 5 of 6 units built it, 4 chosen cards → 75.0; answers: 3.0 of 4
    /// on 2 statements → 70.0". While there is not enough evidence it starts
    /// with "not enough yet (2 of 3)".
    public var explanation: String {
        var pieces: [String] = []
        if !cards.isEmpty { pieces.append("cards: " + cardWords + " → " + Self.format(cards.share)) }
        if !answers.isEmpty {
            pieces.append(
                "answers: \(Self.format(meanRating)) of 4 on \(Self.count(answers.items, "statement"))"
                    + " → \(Self.format(answers.share))")
        }
        let body = pieces.isEmpty ? "nothing yet, so 50" : pieces.joined(separator: "; ")
        guard isEnough else { return "not enough yet (\(evidenceCount) of \(Self.enoughItems)): " + body }
        return body
    }

    /// The answers' weighted mean rating, 0 to 4.
    public var meanRating: Double {
        answers.units > 0 ? answers.favour / Double(answers.units) * 4 : 0
    }

    /// The card half in words, without its value.
    public var cardWords: String {
        let units = cards.units
        let favour = Int(cards.favour.rounded())
        switch gauge {
        case .judgement:
            return "\(favour) of \(units) units sorted as the lesson does, "
                + Self.count(cards.items, "judgement call")
        case .outputImpact:
            return "\(favour) of \(Self.count(cards.items, "chosen card")) are impact"
        case .problem, .team, .timing, .scope, .narrative, .compounding:
            return "\(favour) of \(units) units built it, " + Self.count(cards.items, "chosen card")
        }
    }
}
