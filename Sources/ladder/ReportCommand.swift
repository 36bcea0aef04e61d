import Foundation
import LadderCore

/// `ladder report DIR|FILE... [--format md|csv|json]`: the room's report on
/// standard output. Broken or foreign files are named on standard error
/// and left out.
enum ReportCommand {
    static func run(_ invocation: Invocation) -> Int32 {
        let paths = invocation.workshop.operands
        guard !paths.isEmpty else {
            Console.error(
                "'ladder report' needs a room folder or results files\nTry 'ladder help report' for usage.")
            return 64
        }
        let collection: ResultsCollection
        do {
            collection = try ResultsCollection.gather(paths)
        } catch {
            Console.error(error.description)
            return error.exitCode
        }
        for file in collection.skipped {
            Console.error("\(file.file): skipped: \(file.reason)")
        }
        guard let report = collection.report(), !(collection.results.isEmpty && !collection.skipped.isEmpty)
        else {
            Console.error("no usable results in \(paths.joined(separator: " "))")
            return 65
        }
        switch invocation.workshop.format ?? .md {
        case .md: Console.out(report.markdown())
        case .csv: Console.out(report.csv())
        case .json: Console.out(String(decoding: report.json(), as: UTF8.self))
        }
        return 0
    }
}
