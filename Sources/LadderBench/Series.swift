/// Samples of one measure: times in milliseconds and the bytes each wrote.
struct Series {
    var times: [Double] = []
    var bytes: [Int] = []
    /// The program's own times from read to screen updated, where reported.
    var inApp: [Double] = []

    /// Adds one sample.
    mutating func add(_ burst: PseudoTerminal.Burst) {
        times.append(burst.milliseconds)
        bytes.append(burst.bytes)
        if let time = burst.inApp { inApp.append(time) }
    }

    var count: Int { times.count }
    /// The median time.
    var median: Double { Self.quantile(times, 0.5) }
    /// The 95th percentile time.
    var p95: Double { Self.quantile(times, 0.95) }
    /// The 99th percentile time (the maximum below 100 samples).
    var p99: Double { Self.quantile(times, 0.99) }
    /// The median in-app time, nil when the program reported none.
    var inAppMedian: Double? { inApp.isEmpty ? nil : Self.quantile(inApp, 0.5) }
    /// The 99th percentile in-app time (the maximum below 100 samples).
    var inAppP99: Double? { inApp.isEmpty ? nil : Self.quantile(inApp, 0.99) }
    /// The median bytes written.
    var medianBytes: Double { Self.quantile(bytes.map(Double.init), 0.5) }
    /// The mean bytes written (what a long scroll costs on average).
    var meanBytes: Double { bytes.isEmpty ? 0 : Double(bytes.reduce(0, +)) / Double(bytes.count) }

    /// The value at `fraction` of the sorted samples, nearest rank.
    static func quantile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(sorted.count - 1, max(0, rank))]
    }
}
