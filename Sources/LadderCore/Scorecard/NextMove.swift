/// One concrete suggestion per gauge, with a firmer variant for the low band.
public enum NextMove {
    /// The suggestion for `gauge` reading `value`: the low-band variant
    /// below 40, the other from 40 up.
    public static func suggestion(for gauge: Gauge, value: Double) -> String {
        let pair = variants(for: gauge)
        return GaugeBand(value: value) == .low ? pair.low : pair.other
    }

    /// Both variants for `gauge`: for the low band and for the rest.
    public static func variants(for gauge: Gauge) -> (low: String, other: String) {
        switch gauge {
        case .problem:
            (
                "List the three problems that matter most in your area and ask to own one of them.",
                "Rank your current problem against the business's top goal; if it is not near the top, "
                    + "argue to switch."
            )
        case .team:
            (
                "Be honest about whether this team absorbs your effort, and start a quiet look at teams "
                    + "that are growing.",
                "Find the one thing slowing your engineers and designer down and clear it this week."
            )
        case .timing:
            (
                "Hold your big proposal until leadership signals the area matters; gather evidence meanwhile.",
                "Check what leadership is funding this quarter and tie your next proposal to it."
            )
        case .judgement:
            (
                "Make one real call this week where nobody has the answer, write down why, "
                    + "and review it in a month.",
                "Before the next decision meeting, write your recommendation down, then compare it "
                    + "with the outcome."
            )
        case .scope:
            (
                "Ask your manager for a goal instead of a feature: a problem nobody has defined yet.",
                "Volunteer for the unclear, slightly scary question the others are stepping around."
            )
        case .narrative:
            (
                "Start a running log of outcomes and why they mattered, and share a short version "
                    + "with your manager.",
                "Practise telling your impact in business terms until your manager could retell it "
                    + "without you."
            )
        case .outputImpact:
            (
                "Pick three backlog items to drop, and defend that choice instead of shipping them.",
                "Trade one routine delivery task this week for time on the decision that matters most."
            )
        case .compounding:
            (
                "Look at your last three wins and ask for the harder problem the best of them "
                    + "should have earned you.",
                "Write the one-line reputation you want in three years and pick this quarter's "
                    + "work to start earning it."
            )
        }
    }
}
