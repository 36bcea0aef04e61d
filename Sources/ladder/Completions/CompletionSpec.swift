/// What a shell completes for ladder: the commands, each command's options
/// with the help's one-line summary, and the kind of value each takes. It
/// is read from the argument parser's tables and the `--help` texts, so it
/// cannot drift from either.
struct CompletionSpec {
    /// What a value is, which decides what the shell offers for it.
    enum ValueKind: Equatable {
        /// A file name.
        case file
        /// A folder name.
        case folder
        /// A folder name, or one of a few words (`room create` or `room DIR`).
        case folderOr([String])
        /// A theme: the names `ladder themes --names` prints, or a file.
        case theme
        /// One of a few words.
        case choices([String])
        /// Something the user types (a number, a title); nothing offered.
        case typed
    }

    /// One option.
    struct Option: Equatable {
        /// Its name, such as `--deck`.
        var name: String
        /// The kind of value it takes, nil for a flag.
        var value: ValueKind?
        /// The help's summary.
        var summary: String
    }

    /// One command.
    struct Command: Equatable {
        /// Its name, such as `triage`.
        var name: String
        /// A few words on what it does.
        var summary: String
        /// Its own options and the shared ones.
        var options: [Option]
        /// What its words that are not options are.
        var operands: ValueKind?
    }

    /// A name `ladder config set` takes, and what its value is.
    struct ConfigName: Equatable {
        /// A setting's or an action's name, such as `theme` or `triage.undo`.
        var name: String
        /// The kind of value it takes.
        var value: ValueKind
    }

    /// The commands, in the order `ladder --help` lists them.
    var commands: [Command]
    /// The options every command takes.
    var shared: [Option]
    /// What `ladder config set` completes: every name it takes, from
    /// `ConfigTarget`, the list `config set` itself checks names against.
    var configNames: [ConfigName]

    /// ladder's completions.
    static var ladder: CompletionSpec {
        let sharedNames = ArgumentParser.globalValues.union(ArgumentParser.globalFlags).subtracting(["-h"])
        let sharedHelp = UsageText(Usage.common).options
        let shared = sharedNames.sorted().map { name in
            Option(
                name: name,
                value: ArgumentParser.globalValues.contains(name) ? valueKind(name, in: nil) : nil,
                summary: sharedHelp.first { $0.name == name }?.summary ?? "")
        }
        let commands = Invocation.Command.allCases.filter { $0 != .home }.map { command in
            let help = UsageText(Usage.text(for: command), stopAt: "Options for every command:").options
            let values = ArgumentParser.valueOptions[command, default: []]
            let flags = ArgumentParser.flagOptions[command, default: []]
            let options = values.union(flags).sorted().map { name in
                Option(
                    name: name, value: values.contains(name) ? valueKind(name, in: command) : nil,
                    summary: help.first { $0.name == name }?.summary ?? "")
            }
            return Command(
                name: command.rawValue, summary: summaries[command.rawValue] ?? "", options: options,
                operands: operands[command.rawValue])
        }
        let configNames = ConfigTarget.all.map { target in
            ConfigName(
                name: target.name,
                value: target == .setting(.theme) ? .theme : target.words.map(ValueKind.choices) ?? .typed)
        }
        return CompletionSpec(commands: commands, shared: shared, configNames: configNames)
    }

    /// The kind of value `option` takes under `command`.
    static func valueKind(_ option: String, in command: Invocation.Command?) -> ValueKind {
        switch (command?.rawValue, option) {
        case ("triage", "--format"): .choices(["report", "tracker"])
        case ("report", "--format"): .choices(["md", "csv", "json"])
        case (_, "--theme"): .theme
        case (_, "--state-dir"), (_, "--room"): .folder
        case (_, "--deck"): .file
        case (_, "--export"), (_, "--check"), (_, "--results"): .file
        default: .typed
        }
    }

    /// The first line of each command's entry in `ladder --help`.
    private static var summaries: [String: String] {
        var found: [String: String] = [:]
        for line in Usage.home.split(separator: "\n") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard words.first == "ladder", words.count > 1, let gap = line.firstRange(of: "   ") else {
                continue
            }
            let name = String(words[1])
            guard found[name] == nil else { continue }
            found[name] = String(line[gap.upperBound...].drop(while: { $0 == " " }))
        }
        return found
    }

    /// What each command's operands are.
    private static let operands: [String: ValueKind] = [
        "read": .file, "room": .folderOr(["create"]), "report": .file, "join": .folder, "present": .file,
        "completions": .choices(["bash", "zsh", "fish"]),
    ]

    /// The names of `config set` grouped by the kind of value they take, in
    /// the order first met; the names whose values are typed freely left out.
    var configValueGroups: [(names: [String], value: ValueKind)] {
        var groups: [(names: [String], value: ValueKind)] = []
        for entry in configNames where entry.value != .typed {
            if let index = groups.firstIndex(where: { $0.value == entry.value }) {
                groups[index].names.append(entry.name)
            } else {
                groups.append(([entry.name], entry.value))
            }
        }
        return groups
    }
}
