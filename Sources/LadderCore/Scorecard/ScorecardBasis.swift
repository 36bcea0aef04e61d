/// What a scorecard was computed from, so that history compares like with
/// like: the formula's version, the deck (its fingerprint) and the set of
/// statements with the gauges they feed. Switching decks, or a new formula
/// or statement set, starts a fresh line of comparison instead of showing
/// the difference as a change.
public struct ScorecardBasis: Equatable, Hashable, Sendable, Codable {
    /// The version of the formula this build computes; snapshots saved
    /// before the basis existed are version 1.
    public static let formulaVersion = 2

    /// The formula's version.
    public var formula: Int
    /// The deck's `DeckFingerprint.fileStem`, nil with no deck sorted.
    public var deck: String?
    /// A hash of the statements' ids and the gauges each feeds, with weights.
    public var statements: String

    /// Creates a basis from its parts.
    public init(formula: Int = Self.formulaVersion, deck: String?, statements: String) {
        self.formula = formula
        self.deck = deck
        self.statements = statements
    }

    /// The basis of this build for a deck with `fingerprint` (nil: no deck)
    /// and `statements`.
    public init(
        deck fingerprint: DeckFingerprint?, statements: [AssessmentStatement] = AssessmentStatement.all
    ) {
        self.init(deck: fingerprint?.fileStem, statements: Self.hash(statements))
    }

    /// A stable hash of `statements`: ids and weighted gauges, in order.
    public static func hash(_ statements: [AssessmentStatement]) -> String {
        var hasher = StableHash()
        for statement in statements {
            let feeds = statement.fedGauges.map { "\($0.rawValue)×\(statement.weight(for: $0))" }
            hasher.combine("\(statement.id):" + feeds.joined(separator: ","))
        }
        return hasher.hex
    }
}
