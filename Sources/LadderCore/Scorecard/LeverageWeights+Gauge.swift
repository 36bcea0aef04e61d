extension LeverageWeights {
    /// The weight for one of the five leverage gauges; nil for Judgement and
    /// Output / Impact, which cards feed by other means.
    public func weight(for gauge: Gauge) -> Int? {
        switch gauge {
        case .problem: problem
        case .team: team
        case .timing: timing
        case .scope: scope
        case .narrative: narrative
        case .judgement, .outputImpact: nil
        }
    }

    /// The sum of all the weights: below zero the card spends more leverage
    /// than it builds (output), above zero it builds more (impact).
    public var net: Int { problem + team + timing + scope + narrative + compounding }
}
