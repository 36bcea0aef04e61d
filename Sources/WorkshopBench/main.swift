import Foundation

// ladder-workshop-bench: the workshop's costs at room scale, on real files.
// Build in release for figures worth quoting:
//   swift run -c release ladder-workshop-bench [report|console] [--keep DIR]
// `--keep DIR` leaves the generated room in DIR, to time `ladder report DIR`.

let arguments = Array(CommandLine.arguments.dropFirst())
let keep = arguments.firstIndex(of: "--keep").flatMap { arguments.dropFirst($0 + 1).first }
if arguments.first != "console" { WorkshopBenchmarks.report(keep: keep) }
if arguments.first != "report" { ConsoleBenchmark.run() }
