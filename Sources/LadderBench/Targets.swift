/// The issue's targets, judged from one run's results.
struct Targets {
    /// One target: what it asks, what was measured, and whether it is met.
    struct Verdict {
        var target: String
        var measured: String
        /// nil when it could not be measured in this run.
        var met: Bool?

        var mark: String {
            switch met {
            case true?: "met"
            case false?: "MISSED"
            case nil: "not measured"
            }
        }
    }

    let results: Results
    let sizes: [TerminalSize]

    /// Every verdict, in the issue's order.
    func verdicts() -> [Verdict] {
        var verdicts: [Verdict] = []
        for size in sizes.map(\.description) {
            verdicts += firstFrame(size)
            verdicts += bytes(size)
        }
        verdicts += keys(size: sizes.last?.description ?? "")
        verdicts += cards()
        let room = results.entries.first { $0.measure.hasPrefix("room refresh") }
        verdicts.append(
            Verdict(
                target: "room refresh with 200 participants < 5 ms",
                measured: room.map {
                    "\(Format.number($0.series.median)) ms to gather the files and build the report"
                }
                    ?? "not measured",
                met: room.map { $0.series.median < 5 }))
        return verdicts
    }

    private func ratio(_ numerator: Double?, _ denominator: Double?) -> Double? {
        guard let numerator, let denominator, denominator > 0 else { return nil }
        return numerator / denominator
    }

    private func compare(
        _ target: String, _ value: Double?, _ peer: Double?, limit: Double, unit: String, peerName: String
    ) -> Verdict {
        guard let value, let peer, let share = ratio(value, peer) else {
            return Verdict(target: target, measured: "missing figures", met: nil)
        }
        let measured =
            "\(Format.number(value)) \(unit) vs \(peerName) \(Format.number(peer)) \(unit) = \(Format.ratio(share))"
        return Verdict(target: target, measured: measured, met: share <= limit)
    }

    private func firstFrame(_ size: String) -> [Verdict] {
        let measure = FirstFrameNames.lesson
        let ladder = results.entry("ladder", measure, size)?.series.median
        return [
            compare(
                "first frame on the lesson at \(size) within 2x of less", ladder,
                results.entry("less", measure, size)?.series.median, limit: 2, unit: "ms", peerName: "less"),
            compare(
                "first frame on the lesson at \(size) within 1.5x of the C floor", ladder,
                results.entry("floor", measure, size)?.series.median, limit: 1.5, unit: "ms",
                peerName: "floor"),
        ]
    }

    private func bytes(_ size: String) -> [Verdict] {
        func mean(_ subject: String, _ measure: String) -> Double? {
            results.entry(subject, measure, size)?.series.meanBytes
        }
        return [
            compare(
                "bytes per one-line scroll at \(size) at most 1.1x less", mean("ladder", "one-line scroll"),
                mean("less", "one-line scroll"), limit: 1.1, unit: "B", peerName: "less"),
            compare(
                "bytes per page at \(size) no more than less", mean("ladder", "page down"),
                mean("less", "page down"), limit: 1.0, unit: "B", peerName: "less"),
        ]
    }

    /// Every key's time from read to screen updated: ladder's own figure
    /// (the pseudo-terminal's round trip is quoted beside it).
    private func keys(size: String) -> [Verdict] {
        let timed = results.entries.filter {
            $0.subject == "ladder" && $0.size == size && KeyNames.isKey($0.measure)
                && $0.series.inAppMedian != nil
        }
        func median(_ entry: Results.Entry) -> Double { entry.series.inAppMedian ?? .infinity }
        func tail(_ entry: Results.Entry) -> Double { entry.series.inAppP99 ?? .infinity }
        guard let slowMedian = timed.max(by: { median($0) < median($1) }),
            let slowTail = timed.max(by: { tail($0) < tail($1) })
        else { return [Verdict(target: "every key at \(size)", measured: "missing figures", met: nil)] }
        let within = timed.filter { median($0) < 0.3 && tail($0) < 1 }.map(\.measure)
        let met = within.isEmpty ? "" : "; within both: \(within.joined(separator: ", "))"
        return [
            Verdict(
                target: "every key at \(size): median < 0.3 ms (read to screen updated)",
                measured:
                    "slowest median: \(slowMedian.measure) \(Format.number(median(slowMedian))) ms "
                    + "(\(Format.number(slowMedian.series.median)) ms through the pty)\(met)",
                met: median(slowMedian) < 0.3),
            Verdict(
                target: "every key at \(size): p99 < 1 ms (read to screen updated)",
                measured:
                    "slowest p99: \(slowTail.measure) \(Format.number(tail(slowTail))) ms "
                    + "(\(Format.number(slowTail.series.p99)) ms through the pty)",
                met: tail(slowTail) < 1),
        ]
    }

    private func cards() -> [Verdict] {
        let size = sizes.first?.description ?? ""
        let fzf = results.entry("fzf", FirstFrameNames.titles, size)?.series.median
        var verdicts: [Verdict] = []
        for format in ["CSV", "JSON"] {
            let ladder = results.entry("ladder", FirstFrameNames.deck(format, 100_000), size)?.series.median
            verdicts.append(
                compare(
                    "first frame with 100,000 cards (\(format)) at \(size) no later than fzf", ladder, fzf,
                    limit: 1, unit: "ms", peerName: "fzf"))
        }
        let parse = results.entries.first { $0.measure.hasPrefix(FirstFrameNames.parse("CSV", 100_000)) }
        verdicts.append(
            Verdict(
                target: "the 100,000-card CSV parses in < 100 ms",
                measured: parse.map { "\(Format.number($0.series.median)) ms (\($0.measure))" } ?? "missing",
                met: parse.map { $0.series.median < 100 }))
        let big = results.entry("ladder", FirstFrameNames.deck("CSV", 100_000), size)?.memoryMB
        verdicts.append(
            Verdict(
                target: "peak memory with 100,000 cards < 100 MB",
                measured: big.map { "\(Format.number($0)) MB" } ?? "missing", met: big.map { $0 < 100 }))
        let small = results.entry("ladder", FirstFrameNames.bundled, size)?.memoryMB
        verdicts.append(
            Verdict(
                target: "peak memory on the bundled module < 15 MB",
                measured: small.map { "\(Format.number($0)) MB" } ?? "missing", met: small.map { $0 < 15 }))
        return verdicts
    }
}
