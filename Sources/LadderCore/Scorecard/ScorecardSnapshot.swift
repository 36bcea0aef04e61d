import FoundationEssentials

/// The measured gauges as they stood at one moment, kept in the history for
/// sparklines and "since last time", with the basis they were computed on.
/// Dates are kept to the whole second and values are clamped to 0...100, so
/// a saved snapshot reads back equal.
public struct ScorecardSnapshot: Equatable, Hashable, Sendable, Codable {
    /// What produced the snapshot.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// A triage session (sorting cards).
        case triage
        /// A self-assessment.
        case assessment
    }

    /// When it was taken, to the whole second.
    public var date: Date
    /// What produced it.
    public var kind: Kind
    /// The values of the gauges that had enough evidence, each 0 to 100.
    public var values: [Gauge: Double]
    /// What it was computed from; nil for a snapshot saved before bases
    /// existed, which never compares with a new one.
    public var basis: ScorecardBasis?

    /// Creates a snapshot, truncating the date to the second, clamping
    /// values to 0...100 and dropping values that are not finite.
    public init(date: Date, kind: Kind, values: [Gauge: Double], basis: ScorecardBasis?) {
        self.date = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        self.kind = kind
        self.values = values.compactMapValues { value in
            value.isFinite ? min(100, max(0, value)) : nil
        }
        self.basis = basis
    }

    /// A snapshot of the measured gauges in `result`.
    public init(date: Date, kind: Kind, result: ScorecardResult, basis: ScorecardBasis) {
        self.init(date: date, kind: kind, values: result.values, basis: basis)
    }

    private enum CodingKeys: String, CodingKey { case date, kind, values, basis }

    /// Decodes a saved snapshot; unknown gauge names are skipped so that
    /// an older build reads a newer file, and a missing basis reads as nil.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try container.decode([String: Double].self, forKey: .values)
        var values: [Gauge: Double] = [:]
        for (key, value) in raw {
            if let gauge = Gauge(rawValue: key) { values[gauge] = value }
        }
        self.init(
            date: try container.decode(Date.self, forKey: .date),
            kind: try container.decode(Kind.self, forKey: .kind), values: values,
            basis: try container.decodeIfPresent(ScorecardBasis.self, forKey: .basis))
    }

    /// Encodes `date`, `kind`, `values` (keyed by gauge name) and `basis`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(kind, forKey: .kind)
        try container.encode(values, forKey: .values)
        try container.encodeIfPresent(basis, forKey: .basis)
    }
}
