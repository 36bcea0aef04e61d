import FoundationEssentials
import LadderCore
import LadderUI

/// `ladder report DIR|FILE... [--format md|csv|json] [--tui]`: the room's
/// report on standard output, or browsed full screen with `--tui`. Broken
/// or foreign files are named on standard error and left out.
enum ReportCommand {
    static func run(_ invocation: Invocation, environment: [String: String]) -> Int32 {
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
        if invocation.workshop.tui {
            return browse(report, invocation: invocation, environment: environment)
        }
        switch invocation.workshop.format ?? .md {
        case .md: Console.out(report.markdown())
        case .csv: Console.out(report.csv())
        case .json: Console.out(String(decoding: report.json(), as: UTF8.self))
        }
        return 0
    }

    /// The report full screen, with the app's keys, help and themes.
    private static func browse(_ report: RoomReport, invocation: Invocation, environment: [String: String])
        -> Int32
    {
        guard invocation.workshop.format == nil else {
            Console.error("--tui shows the report on screen; --format is for writing it out")
            return 64
        }
        let module: Module
        do {
            module = try BundledModule.load()
        } catch {
            Console.error(error.description)
            return error.exitCode
        }
        var state = AppState(
            module: module, moduleKey: "report", size: Size(width: 80, height: 24), now: Date())
        state.reportBrowser = ReportBrowserState(report: report, width: 80)
        state.screen = .report
        let location = StateLocation(environment: environment, override: invocation.stateDir)
        return StandaloneScreen.run(
            state, invocation: invocation, location: location, environment: environment)
    }
}
