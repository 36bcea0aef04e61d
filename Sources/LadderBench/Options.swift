import Foundation

/// The benchmark's command line.
struct Options {
    var ladder: String
    var floor: String?
    var lesson: String?
    var out: String?
    var command = "ladder-bench"
    var samples = 30
    var keySamples = 40
    var sizes = [TerminalSize(columns: 100, rows: 30), TerminalSize(columns: 200, rows: 60)]
    var deckSizes = [10_000, 100_000]
    var sections: Set<String> = ["first", "keys", "decks", "room"]

    static let usage = """
        usage: ladder-bench [--ladder PATH] [--floor PATH] [--lesson FILE] [--out RESULTS.md]
                            [--samples N] [--key-samples N] [--only first,keys,decks,room] [--command TEXT]
        Drives ladder, less, fzf and the C floor through a pseudo-terminal and prints the table.
        Run it with Benchmarks/run, which builds everything in release first.
        """

    /// Parses `arguments` (without the program name).
    static func parse(_ arguments: [String], program: String) throws(BenchError) -> Options {
        let folder = URL(fileURLWithPath: program).deletingLastPathComponent().path
        var options = Options(ladder: folder + "/ladder", lesson: defaultLesson())
        var rest = arguments[...]
        while let name = rest.popFirst() {
            guard let value = rest.popFirst() else { throw BenchError("\(name) needs a value\n\(usage)") }
            switch name {
            case "--ladder": options.ladder = value
            case "--floor": options.floor = value
            case "--lesson": options.lesson = value
            case "--out": options.out = value
            case "--command": options.command = value
            case "--samples": options.samples = try number(name, value)
            case "--key-samples": options.keySamples = try number(name, value)
            case "--only": options.sections = Set(value.split(separator: ",").map(String.init))
            default: throw BenchError("unknown option \(name)\n\(usage)")
            }
        }
        return options
    }

    private static func number(_ name: String, _ value: String) throws(BenchError) -> Int {
        guard let number = Int(value), number >= 1 else {
            throw BenchError("\(name) takes a positive number")
        }
        return number
    }

    /// The course's lesson export in `shared/lesson/` beside the checkout
    /// (or beside the folder holding it, for a worktree kept one level down),
    /// when there is one.
    static func defaultLesson() -> String? {
        let here = FileManager.default.currentDirectoryPath
        for folder in [here + "/../shared/lesson", here + "/../../shared/lesson"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if let name = names.sorted().first(where: { $0.hasSuffix(".txt") }) { return folder + "/" + name }
        }
        return nil
    }
}
