/// Deterministic filler text for the generated inputs: sentences built from
/// a fixed vocabulary with a small linear congruential generator, so every
/// run measures exactly the same bytes.
struct Prose {
    private var seed: UInt64

    init(seed: UInt64) { self.seed = seed }

    private static let subjects = [
        "the team", "a senior product manager", "the roadmap", "every quarterly plan", "the new market",
        "our biggest customer", "the platform group", "a good decision", "the pricing experiment",
        "the leverage you build", "the onboarding funnel", "a quiet engineer", "the launch review",
    ]
    private static let verbs = [
        "shapes", "outlasts", "reframes", "compounds into", "hides", "earns", "depends on", "rewards",
        "slows down", "turns into", "borrows from", "protects", "measures",
    ]
    private static let objects = [
        "the scope of the next bet", "a clearer story about impact", "weeks of careful judgement",
        "the trust of the leadership team", "a backlog that nobody reads", "the timing of the pitch",
        "one sharp insight about users", "the habit of saying no", "a shorter path to revenue",
        "the problem worth owning", "a narrative the board repeats", "the cost of every meeting",
    ]
    private static let endings = [
        "", " this year", " before anyone notices", " across three teams", " when the stakes rise",
        " without a title change", " in every review", " long after the launch",
    ]
    private static let nouns = [
        "onboarding", "billing", "search", "permissions", "analytics", "export", "pricing", "alerts",
        "checkout", "reporting", "sync", "audit log", "roadmap", "dashboard", "invites", "mobile app",
    ]
    private static let actions = [
        "Rework", "Measure", "Simplify", "Retire", "Prototype", "Instrument", "Speed up", "Localise",
        "Document", "Redesign", "Split", "Migrate",
    ]

    /// The next number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((seed >> 33) % UInt64(bound))
    }

    private mutating func pick(_ words: [String]) -> String { words[next(words.count)] }

    /// One sentence, capitalised, ending in a full stop.
    mutating func sentence() -> String {
        let text = "\(pick(Self.subjects)) \(pick(Self.verbs)) \(pick(Self.objects))\(pick(Self.endings))."
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A short phrase ending in a full stop, for a card's detail.
    mutating func phrase() -> String {
        let text = "\(pick(Self.objects))\(pick(Self.endings))."
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// `count` sentences joined with spaces.
    mutating func sentences(_ count: Int) -> String {
        (0..<count).map { _ in sentence() }.joined(separator: " ")
    }

    /// A backlog card title, made unique by `number`.
    mutating func title(_ number: Int) -> String {
        "\(pick(Self.actions)) \(pick(Self.nouns)) for \(pick(Self.subjects)) (\(number))"
    }
}
