import Foundation

/// The run's table and verdicts, for the terminal and for RESULTS.md.
struct Report {
    let results: Results
    let verdicts: [Targets.Verdict]
    let machine: Machine
    let command: String
    let notes: [String]

    /// The measurements as a Markdown table.
    var table: String {
        var lines = [
            "| program | measure | size | median ms | p95 ms | p99 ms | in-app median ms | in-app p99 ms "
                + "| bytes (mean) | peak MB | n |",
            "|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
        ]
        for entry in results.entries {
            let series = entry.series
            let bytes = series.bytes.contains { $0 > 0 } ? Format.number(series.meanBytes) : ""
            let memory = entry.memoryMB.map(Format.number) ?? ""
            let silent = entry.silent > 0 ? " (\(entry.silent) silent)" : ""
            let inApp = [series.inAppMedian, series.inAppP99].map { $0.map(Format.number) ?? "" }
            lines.append(
                "| \(entry.subject) | \(entry.measure) | \(entry.size) | \(Format.number(series.median)) "
                    + "| \(Format.number(series.p95)) | \(Format.number(series.p99)) | \(inApp[0]) | \(inApp[1]) "
                    + "| \(bytes) | \(memory) | \(series.count)\(silent) |")
        }
        return lines.joined(separator: "\n")
    }

    /// The targets as a Markdown table.
    var targets: String {
        var lines = ["| target | measured | verdict |", "|---|---|---|"]
        for verdict in verdicts {
            lines.append("| \(verdict.target) | \(verdict.measured) | \(verdict.mark) |")
        }
        return lines.joined(separator: "\n")
    }

    /// The whole RESULTS.md.
    var markdown: String {
        let loaded = machine.isLoaded ? " (the machine was shared and loaded: other builds were running)" : ""
        let quiet = notes.first ?? ""
        let more = notes.dropFirst().map { "- " + $0 }.joined(separator: "\n")
        return """
            # Benchmark results

            Written by `\(command)` on \(machine.date).

            - Machine: \(machine.cores) cores, \(machine.cpu); load average \(machine.loadBefore) before \
            the run and \(machine.loadAfter) after it\(loaded).
            - Every program ran in a pseudo-terminal with `TERM=xterm-256color`. A first frame is timed from \
            spawn to the last byte before \(quiet) of silence; a key from the write of the key to the \
            last byte of the answer. In-app times are ladder's own, from the read that brought the key to \
            the screen updated (written to `LADDER_KEY_TIMES`), without the pseudo-terminal's delays. p99 with fewer than 100 samples is the slowest sample. Peak memory is the \
            process's own high-water mark (VmHWM) once its first frame has settled.
            \(more)

            ## Targets

            \(targets)

            ## Measurements

            \(table)

            """
    }
}

/// Where and when the run happened.
struct Machine {
    var date: String
    var cores: Int
    var cpu: String
    var loadBefore: String
    var loadAfter = ""

    /// Describes this machine now.
    static func current() -> Machine {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        return Machine(
            date: formatter.string(from: Date()), cores: ProcessInfo.processInfo.activeProcessorCount,
            cpu: model,
            loadBefore: loadAverage())
    }

    /// The one-minute load average.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").first.map(String.init) ?? "?"
    }

    /// True when the load average passed the number of cores.
    var isLoaded: Bool {
        let loads = [loadBefore, loadAfter].compactMap(Double.init)
        return loads.contains { $0 >= Double(cores) * 0.5 }
    }
}
