import Foundation

/// Runs work several times and reports the median and the slowest.
enum Timing {
    struct Result {
        var median: Double
        var slowest: Double
        var runs: Int

        var line: String {
            String(
                format: "median %.2f ms   slowest %.2f ms   (%d runs)", median * 1000, slowest * 1000, runs)
        }
    }

    /// Times `body` `runs` times after `warmup` untimed runs, in seconds.
    static func measure(runs: Int, warmup: Int = 1, _ body: (Int) -> Void) -> Result {
        for index in 0..<warmup { body(index) }
        var samples: [Double] = []
        for index in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body(index)
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        samples.sort()
        return Result(median: samples[samples.count / 2], slowest: samples.last ?? 0, runs: runs)
    }
}
