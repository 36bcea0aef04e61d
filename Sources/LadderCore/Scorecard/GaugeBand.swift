/// Which third of its range a gauge sits in, which decides its colour role:
/// low below 40, mid from 40 up to 70, high from 70.
public enum GaugeBand: String, CaseIterable, Sendable, Hashable, Codable {
    /// Below 40.
    case low
    /// From 40 up to (not including) 70.
    case mid
    /// 70 and above.
    case high

    /// The lowest value of the mid band.
    public static let midStart = 40.0
    /// The lowest value of the high band.
    public static let highStart = 70.0

    /// The band for a gauge value from 0 to 100.
    public init(value: Double) {
        if value >= Self.highStart {
            self = .high
        } else if value >= Self.midStart {
            self = .mid
        } else {
            self = .low
        }
    }

    /// The theme role a gauge in this band is drawn with.
    public var role: Role {
        switch self {
        case .low: .gaugeLow
        case .mid: .gaugeMid
        case .high: .gaugeHigh
        }
    }
}
