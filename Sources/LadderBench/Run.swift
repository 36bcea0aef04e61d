import Foundation

/// One benchmark run: generates the inputs, drives every program, and
/// collects the results.
struct Run {
    let options: Options
    let workload: Workload
    let settings: DriveSettings
    var results = Results()
    var notes: [String] = []

    init(options: Options) throws(BenchError) {
        self.options = options
        workload = try Workload()
        let folder = workload.folder
        settings = DriveSettings(environment: [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin",
            "HOME": folder + "/home", "XDG_STATE_HOME": folder + "/state",
            "XDG_CONFIG_HOME": folder + "/config",
            "LESSHISTFILE": "-", "LESS": "", "FZF_DEFAULT_OPTS": "",
        ])
    }

    /// A ladder command whose first screen shows its status bar.
    func ladder(_ arguments: [String]) -> Program {
        Program(name: "ladder", arguments: [options.ladder] + arguments, readyMark: "quit")
    }

    /// The plain text of `chapter` of `file` at ladder's 72-column measure,
    /// written beside the inputs: what less and the floor show.
    func plain(chapter: Int, of file: String, name: String) -> String {
        let path = workload.folder + "/" + name
        Capture.run(
            [options.ladder, "read", "--plain", "--chapter", String(chapter), "--width", "72", file],
            to: path,
            environment: settings.environment)
        return path
    }

    /// Everything, in order; progress goes to standard error.
    mutating func all() throws(BenchError) {
        Progress.say("generating inputs in \(workload.folder)")
        try workload.generate(deckSizes: options.deckSizes)
        if options.sections.contains("first") { try firstFrames() }
        if options.sections.contains("keys") { try keys() }
        if options.sections.contains("room") {
            Progress.say("room: 200 participants' results, gathered into a report")
            results.add(
                try RoomRefresh(workload: workload, samples: options.samples).measure(participants: 200))
        }
        if options.sections.contains("decks") {
            for count in options.deckSizes {
                Progress.say("parsing the \(Format.count(count))-card decks in process")
                for entry in try DeckLoads(workload: workload, samples: options.samples).measure(count: count)
                {
                    results.add(entry)
                }
            }
        }
    }

    private mutating func firstFrames() throws(BenchError) {
        let frames = FirstFrames(settings: settings, samples: options.samples)
        var programs: [(Program, String)] = [
            (ladder(["read", "--chapter", "1"]), FirstFrameNames.bundled),
            (ladder(["read", "--chapter", "1", workload.module]), FirstFrameNames.generated),
        ]
        if let lesson = options.lesson {
            let page = plain(chapter: 1, of: lesson, name: "lesson-chapter-1.txt")
            programs.insert((ladder(["read", "--chapter", "1", lesson]), FirstFrameNames.lesson), at: 0)
            programs.insert((Peers.less(lesson, mark: "Module"), FirstFrameNames.lesson), at: 1)
            if let floor = options.floor {
                programs.insert((Peers.floor(floor, file: page), FirstFrameNames.lesson), at: 2)
            }
        } else {
            notes.append("The lesson was not found (../shared/lesson): its rows are missing.")
        }
        for count in options.deckSizes {
            programs.append(
                (
                    ladder(["triage", "--restart", "--deck", workload.csv(count)]),
                    FirstFrameNames.deck("CSV", count)
                ))
            programs.append(
                (
                    ladder(["triage", "--restart", "--deck", workload.json(count)]),
                    FirstFrameNames.deck("JSON", count)
                ))
        }
        if let largest = options.deckSizes.max() {
            programs.append(
                (Peers.fzf(titles: workload.titles(largest), count: largest), FirstFrameNames.titles))
        }
        for size in options.sizes {
            for (program, measure) in programs {
                Progress.say("first frame: \(program.name), \(measure), \(size)")
                results.add(try frames.measure(program, measure: measure, size: size))
            }
        }
        var version = ladder(["--version"])
        version.readyMark = nil
        Progress.say("whole process: ladder --version")
        results.add(try frames.measure(version, measure: FirstFrameNames.version, size: options.sizes[0]))
    }

    private mutating func keys() throws(BenchError) {
        let scenarios = KeyScenarios(settings: settings, samples: options.keySamples)
        let text = plain(chapter: 2, of: workload.module, name: "generated-chapter-2.txt")
        let largest = options.deckSizes.max() ?? 0
        for size in options.sizes {
            Progress.say("keys: ladder reader, \(size)")
            for entry in try scenarios.reader(
                ladder(["read", "--chapter", "2", workload.module]), size: size)
            {
                results.add(entry)
            }
            Progress.say("keys: less and the floor, \(size)")
            for entry in try scenarios.peer(Peers.less(text, mark: "Chapter"), size: size, pages: true) {
                results.add(entry)
            }
            if let floor = options.floor {
                for entry in try scenarios.peer(Peers.floor(floor, file: text), size: size, pages: false) {
                    results.add(entry)
                }
            }
            Progress.say("keys: ladder triage, \(size)")
            for entry in try scenarios.triage(
                ladder(["triage", "--restart"]), size: size, label: "bundled deck")
            {
                results.add(entry)
            }
            let deck = ladder(["triage", "--restart", "--deck", workload.csv(largest)])
            for entry in try scenarios.triage(deck, size: size, label: "\(Format.count(largest)) cards") {
                results.add(entry)
            }
        }
    }
}

/// The peers' command lines.
enum Peers {
    /// `less` on `file`.
    static func less(_ file: String, mark: String) -> Program {
        Program(name: "less", arguments: ["/usr/bin/less", file], readyMark: mark)
    }

    /// fzf over `titles`, read from standard input as in `fzf < titles`.
    static func fzf(titles: String, count: Int) -> Program {
        Program(
            name: "fzf", arguments: ["/usr/bin/fzf"], stdinPath: titles, quitKeys: "\u{3}",
            readyMark: "\(count)/\(count)")
    }

    /// The C floor on `file`.
    static func floor(_ path: String, file: String) -> Program {
        Program(name: "floor", arguments: [path, file], readyMark: "quit")
    }
}

/// Progress lines on standard error, so standard output is the table.
enum Progress {
    static func say(_ text: String) {
        FileHandle.standardError.write(Data(("· " + text + "\n").utf8))
    }
}
