import Foundation

// ladder-bench: drives ladder, less, fzf and a C floor through a
// pseudo-terminal and prints medians, p95 and p99, bytes and peak memory,
// with each of the targets met or missed. Run it with
// `Benchmarks/run`, which builds the release binaries and the floor first.

do {
    let options = try Options.parse(
        Array(CommandLine.arguments.dropFirst()), program: CommandLine.arguments[0])
    var machine = Machine.current()
    var run = try Run(options: options)
    defer { run.workload.remove() }
    try run.all()
    machine.loadAfter = Machine.loadAverage()
    let verdicts = Targets(results: run.results, sizes: options.sizes).verdicts()
    let notes =
        ["\(run.settings.firstQuiet) ms", "Keys settle after \(run.settings.keyQuiet) ms of silence."]
        + run.notes
    let report = Report(
        results: run.results, verdicts: verdicts, machine: machine, command: options.command, notes: notes)
    print(report.markdown)
    if let out = options.out {
        try run.workload.write(report.markdown, to: out)
        Progress.say("wrote \(out)")
    }
} catch {
    FileHandle.standardError.write(Data("ladder-bench: \(error)\n".utf8))
    exit(70)
}
