import LadderCore

/// Turns a configuration's keys (a preset and `[keys]` lines) into the keys
/// in force, and says what it could not use: an unknown binding name, a word
/// that names no key, or a key that would do two things at once. A line
/// that cannot be used is left out and the rest still count.
public enum KeyRemap {
    /// What the configuration gives: the keys, and the lines left out.
    public struct Outcome: Equatable, Sendable {
        /// The keys in force.
        public var bindings: KeyBindings
        /// Each line left out, naming the file and line.
        public var problems: [InputError]
    }

    /// The keys of `config`: its preset (vim when none), then its `[keys]` lines.
    public static func build(_ config: ConfigFile) -> Outcome {
        var bindings = KeyPresets.bindings(for: config.keyPreset?.value ?? .vim)
        var problems: [InputError] = []
        var applied: [String: Int] = [:]
        let known = Dictionary(allBindings.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for line in config.keyLines {
            guard known[line.name] != nil else {
                problems.append(
                    InputError(
                        file: config.file, line: line.line,
                        "unknown action '\(Sanitizer.visible(line.name))'; the names are in the README's "
                            + "keys section and `ladder config --print`, such as triage.sort-advances"))
                continue
            }
            switch KeySpec.parseList(line.keys) {
            case .failure(let unknown):
                problems.append(InputError(file: config.file, line: line.line, message(for: unknown)))
            case .success(let keys):
                bindings.bind(line.name, to: keys)
                applied[line.name] = line.line
            }
        }
        dropConflicts(
            &bindings, applied: &applied, preset: config.keyPreset?.value ?? .vim, file: config.file,
            problems: &problems)
        return Outcome(bindings: bindings, problems: problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }

    /// Every binding of every table, once by name.
    public static var allBindings: [Binding] {
        var seen: Set<String> = []
        return BindingContexts.documented.flatMap(\.bindings).filter { seen.insert($0.name).inserted }
    }

    /// Leaves out lines whose keys collide with another binding's in a
    /// place where both are in force, until none do. When a line collides
    /// with keys it did not set, the line goes; between two lines, the later.
    private static func dropConflicts(
        _ bindings: inout KeyBindings, applied: inout [String: Int], preset: KeyPresetName, file: String,
        problems: inout [InputError]
    ) {
        while let clash = firstClash(in: bindings, applied: applied) {
            let blamed = [clash.first, clash.second].compactMap { name in applied[name].map { (name, $0) } }
                .max { $0.1 < $1.1 }
            guard let (name, line) = blamed else { return }
            let other = name == clash.first ? clash.second : clash.first
            problems.append(
                InputError(
                    file: file, line: line, clashText(clash.key, for: name, other: other, in: clash.table)))
            applied[name] = nil
            let underneath = KeyPresets.bindings(for: preset).overrides[name]
            if let underneath { bindings.bind(name, to: underneath) } else { bindings.unbind(name) }
        }
    }

    /// A key line that clashes, as said about the configuration file: the
    /// line is left out.
    static func clashText(_ key: KeyEvent, for name: String, other: String, in table: String) -> String {
        "\(clashFact(key, for: name, other: other, in: table)); give one of them another key (this line is left out)"
    }

    /// A key that clashes, as said to `ladder config set`, which writes
    /// nothing then.
    public static func clashTextForCommand(_ key: KeyEvent, for name: String, other: String, in table: String)
        -> String
    {
        "\(clashFact(key, for: name, other: other, in: table)); nothing was written: choose another key for "
            + "\(name), or first give \(other) another key (ladder config set \(other) KEY)"
    }

    private static func clashFact(_ key: KeyEvent, for name: String, other: String, in table: String)
        -> String
    {
        "\(KeySpec.text(key)) for \(name) is already bound to \(other) in \(table)"
    }

    /// The first clash that giving `name` the keys `keys` over `config`
    /// would make, worded for `ladder config set`; nil when there is none.
    public static func commandClash(giving name: String, keys: [KeyEvent], over config: ConfigFile) -> String?
    {
        var bindings = build(config).bindings
        bindings.bind(name, to: keys)
        guard let clash = firstClash(in: bindings, applied: [name: Int.max]) else { return nil }
        let other = clash.first == name ? clash.second : clash.first
        return clashTextForCommand(clash.key, for: name, other: other, in: clash.table)
    }

    /// Two bindings that one key would trigger at once.
    struct Clash {
        var key: KeyEvent
        var first: String
        var second: String
        var table: String
    }

    /// The first clash that involves a configured line, nil when none does.
    static func firstClash(in bindings: KeyBindings, applied: [String: Int]) -> Clash? {
        for context in BindingContexts.all {
            var owner: [KeyEvent: String] = [:]
            for table in context {
                for binding in table.bindings {
                    for key in bindings.keys(for: binding) {
                        if let first = owner[key], first != binding.name,
                            applied[first] != nil || applied[binding.name] != nil
                        {
                            return Clash(key: key, first: first, second: binding.name, table: table.title)
                        }
                        if owner[key] == nil { owner[key] = binding.name }
                    }
                }
            }
        }
        return nil
    }

    private static func message(for unknown: KeySpec.UnknownKey) -> String {
        guard !unknown.word.isEmpty else { return "expected one or more keys after '='" }
        return "'\(Sanitizer.visible(unknown.word))' names no key; write a character (a, G, ?), C-x for "
            + "Control, M-x for Alt, or a name: Space Enter Esc Tab S-Tab Backspace Delete Up Down Left "
            + "Right PgUp PgDn Home End F1-F12"
    }
}
