import Foundation

/// The scorecard as a Markdown section or a JSON document, for reports and
/// `--plain` output.
public enum ScorecardExport {
    /// A "## Leverage scorecard" section: one table row per gauge (value,
    /// change since `previous`, band, why), then strongest, weakest, the
    /// gauge that moved most, the next move and the formula. Chapter titles
    /// are added beside chapter numbers when `chapterTitles` has them.
    public static func markdown(
        result: ScorecardResult, previous: ScorecardResult?, chapterTitles: [Int: String] = [:]
    ) -> String {
        markdown(result: result, previousValues: previous?.values, chapterTitles: chapterTitles)
    }

    /// The Markdown section, comparing with the values of an earlier snapshot.
    public static func markdown(
        result: ScorecardResult, previousValues: [Gauge: Double]?, chapterTitles: [Int: String] = [:]
    ) -> String {
        let change = previousValues.map { result.delta(fromValues: $0) }
        var lines = [
            "## Leverage scorecard", "",
            "| Gauge | Value | Change | Band | Why |",
            "|---|---:|---:|---|---|",
        ]
        for reading in result.readings {
            let moved = change.map { signedTenth($0[reading.gauge] ?? 0) } ?? "—"
            lines.append(
                "| \(reading.gauge.label) | \(GaugeReading.format(reading.value)) | \(moved) "
                    + "| \(reading.band.rawValue) | \(reading.explanation) |")
        }
        lines.append("")
        lines.append("- Strongest: " + describe(result.strongest, in: result, titles: chapterTitles))
        lines.append("- Weakest: " + describe(result.weakest, in: result, titles: chapterTitles))
        if let previousValues, let mover = result.biggestMover(fromValues: previousValues) {
            let size = signedTenth(result.delta(fromValues: previousValues)[mover] ?? 0)
            lines.append("- Moved most since last time: \(mover.label) (\(size))")
        }
        lines.append("- Next move: \(result.nextMove)")
        lines.append(contentsOf: ["", "### How the gauges are computed", ""])
        lines.append(contentsOf: Scorecard.formulaDescription.map { "- " + $0 })
        return lines.joined(separator: "\n") + "\n"
    }

    /// Pretty JSON with sorted keys: `scorecard` (the result), `previous`
    /// (earlier values or null), `change` (per-gauge change or null) and
    /// `biggestMover` (a gauge name or null).
    public static func json(result: ScorecardResult, previous: ScorecardResult?) throws(InputError) -> Data {
        try json(result: result, previousValues: previous?.values)
    }

    /// The JSON document, comparing with the values of an earlier snapshot.
    public static func json(result: ScorecardResult, previousValues: [Gauge: Double]?) throws(InputError)
        -> Data
    {
        let document = Document(result: result, previous: previousValues)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            return try encoder.encode(document)
        } catch {
            throw InputError(file: "scorecard.json", "cannot encode the scorecard", kind: .ioFailure)
        }
    }

    /// Writes Markdown (`.md`, `.markdown`) or JSON (`.json`) to `url`,
    /// chosen by its extension, atomically; any other extension is a
    /// `.badData` error naming the file.
    public static func write(
        result: ScorecardResult, previous: ScorecardResult?, to url: URL,
        chapterTitles: [Int: String] = [:]
    ) throws(InputError) {
        let data: Data
        switch url.pathExtension.lowercased() {
        case "md", "markdown":
            data = Data(markdown(result: result, previous: previous, chapterTitles: chapterTitles).utf8)
        case "json":
            data = try json(result: result, previous: previous)
        default:
            throw InputError(file: url.path, "expected a file name ending in .md or .json")
        }
        try AtomicFile.write(data, to: url, access: .umask)
    }

    /// A change with its sign, to one decimal: "+3.5", "-1.0", "0.0".
    static func signedTenth(_ value: Double) -> String {
        let text = GaugeReading.format(value)
        return text.hasPrefix("-") || text == "0.0" ? text : "+" + text
    }

    private static func describe(_ gauge: Gauge, in result: ScorecardResult, titles: [Int: String])
        -> String
    {
        let chapter = titles[gauge.chapter].map { "chapter \(gauge.chapter): \(Sanitizer.clean($0))" }
        return "\(gauge.label), \(GaugeReading.format(result.value(gauge))) "
            + "(\(chapter ?? "chapter \(gauge.chapter)"))"
    }

    private struct Document: Encodable {
        var result: ScorecardResult
        var previous: [Gauge: Double]?

        enum Keys: String, CodingKey { case scorecard, previous, change, biggestMover }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(result, forKey: .scorecard)
            try container.encode(previous, forKey: .previous)
            try container.encode(previous.map { result.delta(fromValues: $0) }, forKey: .change)
            try container.encode(
                previous.flatMap { result.biggestMover(fromValues: $0) }, forKey: .biggestMover)
        }
    }
}
