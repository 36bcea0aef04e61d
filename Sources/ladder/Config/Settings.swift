import LadderCore
import LadderUI

/// The settings in force for one run, each with where it came from: the
/// default, then the configuration file, then the environment, then a flag,
/// the later winning. A flag is for its run alone and is never written down.
struct Settings {
    /// The theme asked for by name or file; nil leaves it to the theme last
    /// chosen with `t`, then the default.
    var theme: Sourced<String?>
    var mouse: Sourced<Bool>
    var width: Sourced<Int>
    var reducedMotion: Sourced<Bool>
    var color: Sourced<Bool>
    var cursor: Sourced<Bool>
    var keyPreset: Sourced<KeyPresetName>
    /// The keys in force.
    var keyBindings: KeyBindings
    /// The binding names the configuration file set, with their lines.
    var keyLines: [String: Int]
    /// The configuration file.
    var file: String
    /// Mistakes in the configuration file, each with file:line.
    var problems: [InputError]

    /// The environment variable that chooses a theme for every run in a shell.
    static let themeVariable = "LADDER_THEME"

    init(invocation: Invocation, environment: [String: String], config: ConfigFile) {
        file = config.file
        func from(_ line: Int?) -> SettingSource { .configFile(path: config.file, line: line ?? 0) }
        let themeFromEnvironment = environment[Self.themeVariable].flatMap { $0.isEmpty ? nil : $0 }
        if let name = invocation.theme {
            theme = Sourced(name, .flag("--theme"))
        } else if let name = themeFromEnvironment {
            theme = Sourced(name, .environment(Self.themeVariable))
        } else {
            theme = Sourced(config.theme?.value, config.theme == nil ? .builtIn : from(config.theme?.line))
        }
        mouse = Sourced(true).over(config.mouse?.value, from(config.mouse?.line))
            .over(invocation.noMouse ? false : nil, .flag("--no-mouse"))
        width = Sourced(ReaderView.maximumMeasure).over(config.width?.value, from(config.width?.line))
            .over(invocation.width, .flag("--width"))
        reducedMotion = Sourced(false).over(config.reducedMotion?.value, from(config.reducedMotion?.line))
            .over(invocation.reducedMotion ? true : nil, .flag("--reduced-motion"))
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        color = Sourced(true).over(config.color?.value, from(config.color?.line))
            .over(noColor ? false : nil, .environment("NO_COLOR"))
            .over(invocation.noColor ? false : nil, .flag("--no-color"))
        cursor = Sourced(false).over(config.cursor?.value, from(config.cursor?.line))
        keyPreset = Sourced(KeyPresetName.vim).over(config.keyPreset?.value, from(config.keyPreset?.line))
        let remap = KeyRemap.build(config)
        keyBindings = remap.bindings
        problems = (config.problems + remap.problems).sorted { ($0.line ?? 0) < ($1.line ?? 0) }
        let kept = Set(remap.bindings.overrides.keys)
        let usable = config.keyLines.filter { line in
            kept.contains(line.name) && !remap.problems.contains { $0.line == line.line }
        }
        keyLines = Dictionary(usable.map { ($0.name, $0.line) }, uniquingKeysWith: { _, last in last })
    }

    /// Reads the configuration file of `location` and works out the settings.
    init(invocation: Invocation, environment: [String: String], location: StateLocation) {
        self.init(
            invocation: invocation, environment: environment, config: ConfigStore(location: location).load())
    }

    /// The settings the app's state takes.
    func apply(to state: inout AppState) {
        state.keyBindings = keyBindings
        state.reducedMotion = reducedMotion.value
        state.readingWidth = width.value
        state.showsCursor = cursor.value
    }

    /// Where the keys of binding `name` came from.
    func keySource(_ name: String) -> SettingSource {
        if let line = keyLines[name] { return .configFile(path: file, line: line) }
        if keyBindings.overrides[name] != nil { return keyPreset.source }
        return .builtIn
    }
}
