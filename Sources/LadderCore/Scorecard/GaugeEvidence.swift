/// What stands behind one half of a gauge, the cards or the answers: how
/// many cards or statements took part, the units of evidence they bring
/// (each brings its weight, 1 or 2) and how many of those units speak for
/// the gauge. The half reads the share in favour after a prior of one unit
/// for and one against (Laplace's rule of succession), so it starts at 50
/// and no single card or answer can carry it to either end.
public struct GaugeEvidence: Equatable, Hashable, Sendable, Codable {
    /// Pseudo-units of prior evidence, split evenly for and against.
    public static let prior = 2.0

    /// Nothing behind it: the half reads the neutral 50.
    public static let none = GaugeEvidence()

    /// How many cards or statements took part.
    public private(set) var items: Int
    /// Units of evidence: the sum of their weights.
    public private(set) var units: Int
    /// Units in favour: whole units for cards, weight × rating ÷ 4 for answers
    /// (always a multiple of ¼, so sums are exact).
    public private(set) var favour: Double

    /// Creates evidence from its sums.
    public init(items: Int = 0, units: Int = 0, favour: Double = 0) {
        self.items = items
        self.units = units
        self.favour = favour
    }

    /// Adds one card or statement of `units` units, `favour` of them in
    /// favour; a `step` of -1 takes one back.
    public mutating func add(units: Int, favour: Double, step: Int = 1) {
        items += step
        self.units += step * units
        self.favour += Double(step) * favour
    }

    /// True when nothing stands behind it.
    public var isEmpty: Bool { items == 0 }

    /// The half's reading, 0 to 100: (favour + 1) ÷ (units + 2) × 100, unrounded.
    public var share: Double {
        (favour + Self.prior / 2) / (Double(units) + Self.prior) * 100
    }

    /// The units in favour as a share of all units, without the prior; nil
    /// when there are none.
    public var rawShare: Double? { units > 0 ? favour / Double(units) * 100 : nil }
}
