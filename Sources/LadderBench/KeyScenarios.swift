/// The keys the benchmark times, in ladder and in its peers, each run as one
/// long session per size.
struct KeyScenarios {
    let settings: DriveSettings
    let samples: Int

    /// The reader on a long chapter of the generated module: a line, a page
    /// (back to the top every ten), the next chapter (back to the first every
    /// twenty), a search over all chapters, help, and a resize.
    func reader(_ program: Program, size: TerminalSize) throws(BenchError) -> [Results.Entry] {
        let driven = try Driven(program, size: size, settings: settings)
        var entries: [Results.Entry] = []
        func keep(_ measure: String, _ run: (series: Series, silent: Int)) {
            entries.append(
                Results.Entry(
                    subject: program.name, measure: measure, size: size.description, series: run.series,
                    silent: run.silent))
        }
        keep("one-line scroll", driven.series("j", samples: samples))
        driven.prepare("g")
        keep("page down", driven.series(" ", samples: samples, resetEvery: 10, reset: "g"))
        keep("next chapter", driven.series("]", samples: samples, resetEvery: 20, reset: "1g\r"))
        keep("search", driven.series("\r", samples: samples, before: "/leverage"))
        let help = driven.alternating("?", "?", samples: samples)
        keep("open help", help.first)
        keep("close help", help.second)
        keep("resize", driven.resizes(samples: samples))
        _ = driven.quit()
        return entries
    }

    /// Triage on a deck: sort a card and undo it, help, and a resize.
    func triage(_ program: Program, size: TerminalSize, label: String) throws(BenchError) -> [Results.Entry] {
        let driven = try Driven(program, size: size, settings: settings)
        var entries: [Results.Entry] = []
        func keep(_ measure: String, _ run: (series: Series, silent: Int)) {
            entries.append(
                Results.Entry(
                    subject: program.name, measure: "\(measure) (\(label))", size: size.description,
                    series: run.series, silent: run.silent))
        }
        let sorting = driven.alternating("l", "u", samples: samples)
        keep("sort a card", sorting.first)
        keep("undo", sorting.second)
        let help = driven.alternating("?", "?", samples: samples)
        keep("open help", help.first)
        keep("close help", help.second)
        keep("resize", driven.resizes(samples: samples))
        _ = driven.quit()
        return entries
    }

    /// A pager or the floor on the same lines: a line, and a page for
    /// programs that page (back to the top every ten).
    func peer(_ program: Program, size: TerminalSize, pages: Bool) throws(BenchError) -> [Results.Entry] {
        let driven = try Driven(program, size: size, settings: settings)
        var entries = [
            Results.Entry(
                subject: program.name, measure: "one-line scroll", size: size.description,
                series: Series())
        ]
        let lines = driven.series("j", samples: samples)
        entries[0].series = lines.series
        entries[0].silent = lines.silent
        if pages {
            driven.prepare("g")
            let page = driven.series(" ", samples: samples, resetEvery: 10, reset: "g")
            entries.append(
                Results.Entry(
                    subject: program.name, measure: "page down", size: size.description, series: page.series,
                    silent: page.silent))
        }
        _ = driven.quit()
        return entries
    }
}
