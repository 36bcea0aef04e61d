/// What the user asked for on the command line.
struct Invocation: Equatable {
    /// The subcommands.
    enum Command: String, CaseIterable {
        case home, read, triage, scorecard, themes, room, report, completions, manual, join, config, present
    }

    var command: Command = .home
    var file: String?
    var chapter: Int?
    var plain = false
    var width: Int?
    var deck: String?
    var restart = false
    var export: String?
    /// `--force`: `--export` may replace an existing file.
    var force = false
    var format: ExportFormat?
    var check: String?
    var theme: String?
    var noColor = false
    var noMouse = false
    var stateDir: String?
    var wantsHelp = false
    var wantsVersion = false
    /// `themes --names`: the names alone, one a line (for completions).
    var namesOnly = false
    /// The shell `completions` writes a script for.
    var shell: String?
    /// Workshop options: see `WorkshopOptions`.
    var workshop = WorkshopOptions()
    /// `--reduced-motion`: nothing on screen changes with time alone.
    var reducedMotion = false
    /// `config --print`, `config --path`, and the words after `config` (`set KEY VALUE`).
    var configRequest = ConfigRequest()
}

/// A command-line mistake: says what was wrong; exits 64.
struct UsageError: Error, Equatable {
    var message: String
    var command: Invocation.Command
}

/// Parses `ladder`'s arguments.
enum ArgumentParser {
    /// Options every command takes, and the ones each command adds.
    static let valueOptions: [Invocation.Command: Set<String>] = [
        .home: [], .read: ["--chapter", "--width"],
        .triage: Set(["--deck", "--export", "--format"]).union(WorkshopOptions.soloValues),
        .scorecard: ["--export"], .themes: ["--check"],
        .room: WorkshopOptions.roomValues, .report: WorkshopOptions.reportValues, .completions: [],
        .manual: [], .join: WorkshopOptions.joinValues, .config: [], .present: WorkshopOptions.presentValues,
    ]
    static let flagOptions: [Invocation.Command: Set<String>] = [
        .home: [], .read: ["--plain"],
        .triage: Set(["--restart", "--force", "--plain"]).union(WorkshopOptions.soloFlags),
        .scorecard: ["--force", "--plain"],
        .themes: ["--names"], .room: WorkshopOptions.roomFlags, .report: WorkshopOptions.reportFlags,
        .completions: [], .manual: [], .join: WorkshopOptions.joinFlags, .config: ["--print", "--path"],
        .present: [],
    ]
    static let globalValues: Set<String> = ["--theme", "--state-dir"]
    static let globalFlags: Set<String> = [
        "--no-color", "--no-mouse", "--reduced-motion", "--help", "-h", "--version",
    ]

    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        var invocation = Invocation()
        var arguments = arguments
        // The command is the first word that is not an option or an option's
        // value, so `ladder --no-color triage` works as well as `ladder triage --no-color`.
        if let index = commandIndex(in: arguments) {
            let word = arguments.remove(at: index)
            if word == "help" {
                invocation.wantsHelp = true
                guard let topic = arguments.first else { return invocation }
                guard let command = Invocation.Command(rawValue: topic), command != .home else {
                    throw UsageError(
                        message: "no help on '\(topic)': there is no such command", command: .home)
                }
                invocation.command = command
                return invocation
            }
            guard let command = Invocation.Command(rawValue: word), command != .home else {
                throw UsageError(message: "unknown command '\(word)'", command: .home)
            }
            invocation.command = command
        }
        var rest = arguments[...]
        var optionsEnded = false
        while let argument = rest.popFirst() {
            if argument == "--" && !optionsEnded {
                optionsEnded = true
                continue
            }
            if optionsEnded {
                try takePositional(argument, into: &invocation)
                continue
            }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            let command = invocation.command
            if globalValues.contains(name) || valueOptions[command, default: []].contains(name) {
                guard let value = inlineValue ?? rest.popFirst() else {
                    throw UsageError(message: "\(name) needs a value", command: command)
                }
                try apply(name, value: value, to: &invocation)
            } else if globalFlags.contains(name) || flagOptions[command, default: []].contains(name) {
                guard inlineValue == nil else {
                    throw UsageError(message: "\(name) takes no value", command: command)
                }
                apply(flag: name, to: &invocation)
            } else if argument.hasPrefix("-") && argument != "-" {
                let place = command == .home ? "ladder" : "'ladder \(command.rawValue)'"
                throw UsageError(message: "unknown option '\(argument)' for \(place)", command: command)
            } else {
                try takePositional(argument, into: &invocation)
            }
        }
        return invocation
    }

    /// A word that is not an option: the file `read` opens.
    private static func takePositional(_ argument: String, into invocation: inout Invocation)
        throws(UsageError)
    {
        if WorkshopOptions.takesOperands(invocation.command) {
            invocation.workshop.operands.append(argument)
            return
        }
        if invocation.command == .config {
            invocation.configRequest.words.append(argument)
            return
        }
        if invocation.command == .completions && invocation.shell == nil {
            invocation.shell = argument
            return
        }
        guard [.read, .present].contains(invocation.command) && invocation.file == nil else {
            throw UsageError(message: "unexpected argument '\(argument)'", command: invocation.command)
        }
        invocation.file = argument
    }

    /// Where the command word stands, if there is one.
    private static func commandIndex(in arguments: [String]) -> Int? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if !argument.hasPrefix("-") {
                let isCommand = argument == "help" || Invocation.Command(rawValue: argument) != nil
                return isCommand || index == 0 ? index : nil
            }
            let takesValue = !argument.contains("=") && valueOptions.values.contains { $0.contains(argument) }
            index += takesValue || globalValues.contains(argument) ? 2 : 1
        }
        return nil
    }

    private static func apply(_ name: String, value: String, to invocation: inout Invocation)
        throws(UsageError)
    {
        switch name {
        case "--chapter":
            guard let number = Int(value), number >= 1 else {
                let isNumber = !value.isEmpty && value.allSatisfy(\.isASCII) && value.allSatisfy(\.isNumber)
                let message =
                    isNumber && value.contains(where: { $0 != "0" })
                    ? "--chapter \(value) is out of range: no module has that many chapters"
                    : "--chapter takes a chapter number from 1"
                throw UsageError(message: message, command: invocation.command)
            }
            invocation.chapter = number
        case "--width":
            guard let number = Int(value), number >= 10 else {
                throw UsageError(
                    message: "--width takes a number of columns of at least 10", command: invocation.command)
            }
            invocation.width = number
        case "--deck": invocation.deck = value
        case "--export": invocation.export = value
        case "--format" where WorkshopOptions.takesOperands(invocation.command):
            try invocation.workshop.apply(name, value: value, command: invocation.command)
        case "--format":
            guard let format = ExportFormat(rawValue: value) else {
                throw UsageError(message: "--format takes report or tracker", command: invocation.command)
            }
            invocation.format = format
        case "--check": invocation.check = value
        case "--theme": invocation.theme = value
        case "--state-dir":
            guard !value.isEmpty else {
                throw UsageError(
                    message: "--state-dir needs a folder, not an empty name", command: invocation.command)
            }
            invocation.stateDir = value
        default: try invocation.workshop.apply(name, value: value, command: invocation.command)
        }
    }

    private static func apply(flag: String, to invocation: inout Invocation) {
        switch flag {
        case "--plain": invocation.plain = true
        case "--names": invocation.namesOnly = true
        case "--restart": invocation.restart = true
        case "--force": invocation.force = true
        case "--no-color": invocation.noColor = true
        case "--no-mouse": invocation.noMouse = true
        case "--reduced-motion": invocation.reducedMotion = true
        case "--print": invocation.configRequest.print = true
        case "--path": invocation.configRequest.path = true
        case "--help", "-h": invocation.wantsHelp = true
        case "--version": invocation.wantsVersion = true
        default: invocation.workshop.apply(flag: flag)
        }
    }
}
