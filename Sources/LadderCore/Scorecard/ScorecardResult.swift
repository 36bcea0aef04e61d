/// All seven gauges at one moment, with the parts behind each, the
/// strongest and weakest gauge and a suggested next move.
public struct ScorecardResult: Equatable, Hashable, Sendable {
    /// One reading per gauge, in `Gauge` order.
    public private(set) var readings: [GaugeReading]
    /// How many sorted cards went in.
    public var decisionCount: Int
    /// How many statements had a rating.
    public var answeredCount: Int

    /// Creates a result; a gauge missing from `readings` reads a neutral 50,
    /// and a repeated gauge keeps its first reading.
    public init(readings: [GaugeReading], decisionCount: Int = 0, answeredCount: Int = 0) {
        self.readings = Gauge.allCases.map { gauge in
            readings.first { $0.gauge == gauge } ?? .neutral(gauge)
        }
        self.decisionCount = decisionCount
        self.answeredCount = answeredCount
    }

    /// Every gauge at its neutral 50, as before anything is sorted or answered.
    public static let neutral = ScorecardResult(readings: [])

    /// The reading of `gauge`.
    public func reading(_ gauge: Gauge) -> GaugeReading {
        readings.first { $0.gauge == gauge } ?? .neutral(gauge)
    }

    /// The value of `gauge`, 0 to 100.
    public func value(_ gauge: Gauge) -> Double { reading(gauge).value }

    /// Every gauge's value.
    public var values: [Gauge: Double] {
        Dictionary(uniqueKeysWithValues: readings.map { ($0.gauge, $0.value) })
    }

    /// The highest gauge; ties go to the one first in `Gauge` order.
    public var strongest: Gauge {
        var best = readings.first ?? .neutral(.problem)
        for reading in readings where reading.value > best.value { best = reading }
        return best.gauge
    }

    /// The lowest gauge; ties go to the one first in `Gauge` order.
    public var weakest: Gauge {
        var worst = readings.first ?? .neutral(.problem)
        for reading in readings where reading.value < worst.value { worst = reading }
        return worst.gauge
    }

    /// One concrete next move, chosen for the weakest gauge and its band.
    public var nextMove: String { NextMove.suggestion(for: weakest, value: value(weakest)) }

    /// How far each gauge moved since `previous` (now minus then, rounded
    /// to one decimal).
    public func delta(from previous: ScorecardResult) -> [Gauge: Double] {
        delta(fromValues: previous.values)
    }

    /// How far each gauge moved since the values of an earlier snapshot; a
    /// gauge the snapshot lacks counts as unmoved.
    public func delta(fromValues previous: [Gauge: Double]) -> [Gauge: Double] {
        var result: [Gauge: Double] = [:]
        for reading in readings {
            let before = previous[reading.gauge] ?? reading.value
            result[reading.gauge] = GaugeReading.tenth(reading.value - before)
        }
        return result
    }

    /// The gauge that moved most since `previous`, either way; ties go to
    /// the one first in `Gauge` order; nil when nothing moved.
    public func biggestMover(from previous: ScorecardResult) -> Gauge? {
        biggestMover(fromValues: previous.values)
    }

    /// The gauge that moved most since the values of an earlier snapshot.
    public func biggestMover(fromValues previous: [Gauge: Double]) -> Gauge? {
        let moves = delta(fromValues: previous)
        var best: (gauge: Gauge, size: Double)?
        for gauge in Gauge.allCases {
            let size = abs(moves[gauge] ?? 0)
            guard size > 0, size > best?.size ?? 0 else { continue }
            best = (gauge, size)
        }
        return best?.gauge
    }
}
