import Foundation

/// Runs work many times and reports the median and 90th percentile.
enum Timing {
    struct Result {
        var median: Double
        var p90: Double
        var runs: Int

        var line: String {
            String(format: "median %8.1f µs   p90 %8.1f µs   (%d runs)", median, p90, runs)
        }
    }

    /// Times `body` `runs` times after `warmup` untimed runs; microseconds.
    static func measure(runs: Int, warmup: Int = 20, _ body: (Int) -> Void) -> Result {
        for index in 0..<warmup { body(index) }
        var samples: [Double] = []
        samples.reserveCapacity(runs)
        for index in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body(index)
            let end = DispatchTime.now().uptimeNanoseconds
            samples.append(Double(end - start) / 1000)
        }
        samples.sort()
        return Result(
            median: samples[samples.count / 2], p90: samples[min(samples.count - 1, samples.count * 9 / 10)],
            runs: runs)
    }
}
