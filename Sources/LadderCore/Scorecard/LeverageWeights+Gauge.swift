extension LeverageWeights {
    /// The weight for `gauge`: what choosing the card builds for the
    /// `Gauge.built` gauges, how much its call hinges on judgement for
    /// Judgement, and nil for Output → Impact, which cards feed by their nature.
    public func weight(for gauge: Gauge) -> Int? {
        switch gauge {
        case .problem: problem
        case .team: team
        case .timing: timing
        case .scope: scope
        case .narrative: narrative
        case .compounding: compounding
        case .judgement: judgement
        case .outputImpact: nil
        }
    }

    /// The sum of the weights of what the work builds (every dimension but
    /// judgement): below zero the card spends more leverage than it builds
    /// (output), above zero it builds more (impact).
    public var net: Int { problem + team + timing + scope + narrative + compounding }
}
