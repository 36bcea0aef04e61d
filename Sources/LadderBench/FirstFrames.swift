/// Spawn to settled first frame, again and again, with each process's peak
/// memory from `wait4`.
struct FirstFrames {
    let settings: DriveSettings
    let samples: Int

    /// Measures `program` at `size` `samples` times (after one untimed
    /// warm-up that fills the page cache).
    func measure(_ program: Program, measure: String, size: TerminalSize) throws(BenchError)
        -> Results.Entry
    {
        var entry = Results.Entry(
            subject: program.name, measure: measure, size: size.description, series: Series())
        for sample in 0...samples {
            let driven = try Driven(program, size: size, settings: settings)
            let peak = driven.pty.peakResidentKiB()
            _ = driven.quit()
            guard sample > 0 else { continue }
            entry.series.add(driven.first)
            if peak > 0 { entry.memoryKiB.append(peak) }
        }
        return entry
    }
}
