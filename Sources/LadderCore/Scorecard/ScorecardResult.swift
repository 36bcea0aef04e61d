/// The scorecard at one moment: agreement with the lesson, and the eight
/// gauges of the leverage profile with the evidence behind each, the
/// strongest and weakest measured gauge and a suggested next move.
public struct ScorecardResult: Equatable, Hashable, Sendable {
    /// One reading per gauge, in `Gauge` order.
    public private(set) var readings: [GaugeReading]
    /// How you sort: agreement with the lesson's verdicts.
    public var agreement: LessonAgreement
    /// How many sorted cards went in.
    public var decisionCount: Int
    /// How many statements had a rating.
    public var answeredCount: Int

    /// Creates a result; a gauge missing from `readings` has nothing behind
    /// it, and a repeated gauge keeps its first reading.
    public init(
        readings: [GaugeReading], agreement: LessonAgreement = LessonAgreement(), decisionCount: Int = 0,
        answeredCount: Int = 0
    ) {
        self.readings = Gauge.allCases.map { gauge in
            readings.first { $0.gauge == gauge } ?? .neutral(gauge)
        }
        self.agreement = agreement
        self.decisionCount = decisionCount
        self.answeredCount = answeredCount
    }

    /// Nothing sorted or answered: every gauge at 50 with nothing behind it.
    public static let neutral = ScorecardResult(readings: [])

    /// The reading of `gauge`.
    public func reading(_ gauge: Gauge) -> GaugeReading {
        readings.first { $0.gauge == gauge } ?? .neutral(gauge)
    }

    /// The value of `gauge`, 0 to 100 (50 with nothing behind it).
    public func value(_ gauge: Gauge) -> Double { reading(gauge).value }

    /// The readings with enough evidence behind them to show a score.
    public var measured: [GaugeReading] { readings.filter(\.isEnough) }

    /// The values of the gauges with enough evidence, the ones a snapshot keeps.
    public var values: [Gauge: Double] {
        Dictionary(uniqueKeysWithValues: measured.map { ($0.gauge, $0.value) })
    }

    /// The highest measured gauge; ties go to the one first in `Gauge` order;
    /// nil while no gauge has enough evidence.
    public var strongest: Gauge? {
        measured.reduce(nil as GaugeReading?) { best, reading in
            guard let best, best.value >= reading.value else { return reading }
            return best
        }?.gauge
    }

    /// The lowest measured gauge; ties go to the one first in `Gauge` order;
    /// nil while no gauge has enough evidence.
    public var weakest: Gauge? {
        measured.reduce(nil as GaugeReading?) { worst, reading in
            guard let worst, worst.value <= reading.value else { return reading }
            return worst
        }?.gauge
    }

    /// One concrete next move for the weakest measured gauge and its band;
    /// nil while no gauge has enough evidence.
    public var nextMove: String? {
        weakest.map { NextMove.suggestion(for: $0, value: value($0)) }
    }

    /// How far each measured gauge moved since an earlier snapshot's values
    /// (now minus then, rounded to one decimal); gauges missing on either
    /// side are left out.
    public func delta(fromValues previous: [Gauge: Double]) -> [Gauge: Double] {
        var result: [Gauge: Double] = [:]
        for reading in measured {
            guard let before = previous[reading.gauge] else { continue }
            result[reading.gauge] = GaugeReading.tenth(reading.value - before)
        }
        return result
    }

    /// How far each gauge moved since `previous`, as `delta(fromValues:)`.
    public func delta(from previous: ScorecardResult) -> [Gauge: Double] {
        delta(fromValues: previous.values)
    }

    /// The gauge that moved most since `previous`, either way, counting every
    /// gauge (measured or not) so a first card or answer can be pointed out;
    /// ties go to the one first in `Gauge` order; nil when nothing moved.
    public func biggestMover(from previous: ScorecardResult) -> Gauge? {
        biggestMover(among: Gauge.allCases) { gauge in value(gauge) - previous.value(gauge) }
    }

    /// The measured gauge that moved most since an earlier snapshot's values.
    public func biggestMover(fromValues previous: [Gauge: Double]) -> Gauge? {
        let moves = delta(fromValues: previous)
        return biggestMover(among: Gauge.allCases) { moves[$0] ?? 0 }
    }

    private func biggestMover(among gauges: [Gauge], move: (Gauge) -> Double) -> Gauge? {
        var best: (gauge: Gauge, size: Double)?
        for gauge in gauges {
            let size = abs(GaugeReading.tenth(move(gauge)))
            guard size > 0, size > best?.size ?? 0 else { continue }
            best = (gauge, size)
        }
        return best?.gauge
    }
}
