import FoundationEssentials

/// The scorecard as a Markdown section or a JSON document, for reports and
/// `--plain` output. Both keep agreement with the lesson apart from the
/// leverage profile and say what stands behind every gauge.
public enum ScorecardExport {
    /// A "## Leverage scorecard" section: agreement with the lesson, then one
    /// table row per gauge (value or "not enough yet", evidence, change since
    /// `previousValues`, band, why), strongest, weakest, the gauge that moved
    /// most, the next move, the legend and the formula. `previousValues`
    /// must come from a snapshot on the same basis. Chapter titles, keyed by
    /// chapter id, are added where `chapterTitles` has them.
    public static func markdown(
        result: ScorecardResult, previousValues: [Gauge: Double]?, chapterTitles: [String: String] = [:]
    ) -> String {
        let change = previousValues.map { result.delta(fromValues: $0) }
        var lines = [
            "## Leverage scorecard", "",
            "### Agreement with the lesson (how you sort)", "",
            result.agreement.summary.prefix(1).uppercased() + result.agreement.summary.dropFirst() + ".", "",
            "### Leverage profile (where your work and habits put you)", "",
            "| Gauge | Value | Evidence | Change | Band | Why |",
            "|---|---:|---|---:|---|---|",
        ]
        for reading in result.readings {
            let value = reading.isEnough ? GaugeReading.format(reading.value) : "not enough yet"
            let moved = change?[reading.gauge].map(signedTenth) ?? "—"
            lines.append(
                "| \(reading.gauge.label) | \(value) | \(reading.evidenceText) | \(moved) "
                    + "| \(reading.band?.rawValue ?? "—") | \(reading.explanation) |")
        }
        lines.append("")
        lines.append(contentsOf: verdictLines(result, previousValues: previousValues, titles: chapterTitles))
        lines.append(contentsOf: ["", "### Reading the gauges", ""])
        lines.append(contentsOf: ScorecardLegend.lines.map { "- " + $0 })
        lines.append(contentsOf: ["", "### How the gauges are computed", ""])
        lines.append(contentsOf: Scorecard.formulaDescription.map { "- " + $0 })
        return lines.joined(separator: "\n") + "\n"
    }

    /// Pretty JSON with sorted keys: `scorecard` (the result), `previous`
    /// (earlier values on the same basis, or null), `change` (per-gauge
    /// change or null) and `biggestMover` (a gauge name or null), then
    /// `reflections` (id, prompt, answer) when there are any answers.
    public static func json(
        result: ScorecardResult, previousValues: [Gauge: Double]?,
        reflections: [(id: String, answer: ReflectionAnswer)] = []
    ) throws(InputError) -> Data {
        let document = Document(
            result: result, previous: previousValues, reflections: ReflectionExport.entries(reflections))
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
        result: ScorecardResult, previousValues: [Gauge: Double]?, to url: URL,
        chapterTitles: [String: String] = [:]
    ) throws(InputError) {
        let data: Data
        switch url.pathExtension.lowercased() {
        case "md", "markdown":
            data = Data(
                markdown(result: result, previousValues: previousValues, chapterTitles: chapterTitles).utf8)
        case "json":
            data = try json(result: result, previousValues: previousValues)
        default:
            throw InputError(file: url.path, "expected a file name ending in .md or .json")
        }
        try AtomicFile.write(data, to: url, access: .umask)
    }

    /// The titles of the chapters the gauges cite, keyed by chapter id: the
    /// section of `module` that `ChapterLink` finds, else the notes' chapter.
    public static func chapterTitles(in module: Module, notes: Module = BundledModule.module) -> [String:
        String]
    {
        var titles: [String: String] = [:]
        for gauge in Gauge.allCases where titles[gauge.chapter] == nil {
            switch ChapterLink.resolve(gauge.chapter, in: module, notes: notes) {
            case .open(let index)?: titles[gauge.chapter] = module.chapters[index].title
            case .notes(let index)?: titles[gauge.chapter] = notes.chapters[index].title
            case nil: break
            }
        }
        return titles
    }

    /// A change with its sign, to one decimal: "+3.5", "-1.0", "0.0".
    static func signedTenth(_ value: Double) -> String {
        let text = GaugeReading.format(value)
        return text.hasPrefix("-") || text == "0.0" ? text : "+" + text
    }

    /// Strongest, weakest, the biggest mover and the next move, or a line
    /// saying nothing is measured yet.
    private static func verdictLines(
        _ result: ScorecardResult, previousValues: [Gauge: Double]?, titles: [String: String]
    ) -> [String] {
        guard let strongest = result.strongest, let weakest = result.weakest, let move = result.nextMove
        else {
            return [
                "- No gauge has enough evidence yet: sort cards or answer statements until "
                    + "\(GaugeReading.enoughItems) stand behind one."
            ]
        }
        var lines = [
            "- Strongest: " + describe(strongest, in: result, titles: titles),
            "- Weakest: " + describe(weakest, in: result, titles: titles),
        ]
        if let previousValues, let mover = result.biggestMover(fromValues: previousValues) {
            let size = signedTenth(result.delta(fromValues: previousValues)[mover] ?? 0)
            lines.append("- Moved most since last time (same deck and statements): \(mover.label) (\(size))")
        }
        lines.append("- Next move: \(move)")
        return lines
    }

    private static func describe(_ gauge: Gauge, in result: ScorecardResult, titles: [String: String])
        -> String
    {
        let chapter = titles[gauge.chapter].map { "chapter: \(Sanitizer.clean($0))" }
        return "\(gauge.label), \(GaugeReading.format(result.value(gauge))) "
            + "(\(chapter ?? "chapter \(gauge.chapter)"))"
    }

    private struct Document: Encodable {
        var result: ScorecardResult
        var previous: [Gauge: Double]?
        var reflections: [ReflectionExport.Entry]

        enum Keys: String, CodingKey { case scorecard, previous, change, biggestMover, reflections }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(result, forKey: .scorecard)
            try container.encode(previous, forKey: .previous)
            try container.encode(previous.map { result.delta(fromValues: $0) }, forKey: .change)
            try container.encode(
                previous.flatMap { result.biggestMover(fromValues: $0) }, forKey: .biggestMover)
            if !reflections.isEmpty { try container.encode(reflections, forKey: .reflections) }
        }
    }
}
