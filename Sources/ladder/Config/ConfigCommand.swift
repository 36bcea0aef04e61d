import FoundationEssentials
import LadderApp
import LadderCore
import LadderUI

/// `ladder config`: `--print` (also the default) shows the settings in force
/// and where each came from, `--path` names the file, and `set KEY VALUE`
/// writes one setting to the file and leaves every other line as it was.
enum ConfigCommand {
    static func run(_ invocation: Invocation, location: StateLocation, environment: [String: String]) -> Int32
    {
        let request = invocation.configRequest
        let store = ConfigStore(location: location)
        if request.path {
            Console.out(store.url.path + "\n")
            return 0
        }
        guard let first = request.words.first else {
            let settings = Settings(invocation: invocation, environment: environment, location: location)
            for problem in settings.problems { Console.error(problem.description) }
            let remembered = try? ProgressStore(folder: location.stateFolder).load().theme
            Console.out(ConfigPrint.text(settings, remembered: remembered ?? nil))
            return 0
        }
        guard first == "set", request.words.count >= 3 else {
            return usage(
                first == "set"
                    ? "'ladder config set' takes a setting and its value, such as: ladder config set theme light"
                    : "unknown 'ladder config' request '\(Sanitizer.visible(first))'; expected set, --print or --path"
            )
        }
        let key = request.words[1]
        let value = request.words[2...].joined(separator: " ")
        return set(key, to: value, store: store, location: location)
    }

    private static func set(_ key: String, to value: String, store: ConfigStore, location: StateLocation)
        -> Int32
    {
        let inKeys = key.contains(".")
        if let problem = check(key, value, inKeys: inKeys, location: location) { return usage(problem) }
        do {
            let written = try store.set(inKeys ? key : key.lowercased(), to: value, inKeys: inKeys)
            let remap = KeyRemap.build(written)
            let mine = (written.problems + remap.problems).filter { problem in
                inKeys ? written.keyLines.contains { $0.name == key && $0.line == problem.line } : false
            }
            for problem in written.problems + remap.problems where !mine.contains(problem) {
                Console.error("note: \(problem.description)")
            }
            if let problem = mine.first {
                Console.error(problem.description)
                return 65
            }
            Console.out(
                "\(Sanitizer.visible(key)) = \(Sanitizer.visible(value)) in \(Sanitizer.visible(store.url.path))\n"
            )
            return 0
        } catch {
            Console.error(error.description)
            return error.exitCode
        }
    }

    /// What is wrong with setting `key` to `value`, nil when nothing is.
    private static func check(_ key: String, _ value: String, inKeys: Bool, location: StateLocation)
        -> String?
    {
        guard !value.contains("\n"), !value.contains(" #"), !value.hasPrefix("#") else {
            return "a value is one line without ' #' (which starts a comment)"
        }
        switch ConfigTarget(name: key) {
        case nil where inKeys:
            return
                "unknown action '\(Sanitizer.visible(key))'; `ladder config --print` lists every action's name"
        case nil:
            return "unknown setting '\(Sanitizer.visible(key))'; expected one of \(ConfigSetting.list), "
                + "or an action's name such as triage.sort-advances"
        case .action(let name)?:
            return checkKeys(value, for: name, location: location)
        case .setting(let setting)?:
            return checkSetting(value, for: setting, location: location)
        }
    }

    /// What is wrong with giving action `name` the keys `value`: a word that
    /// names no key, or a key another action already has where both work.
    private static func checkKeys(_ value: String, for name: String, location: StateLocation) -> String? {
        switch KeySpec.parseList(value) {
        case .failure(let unknown):
            return
                "'\(Sanitizer.visible(unknown.word))' names no key; such as a, G, C-n, M-v, Space, Enter, Down, F5"
        case .success(let keys):
            var config = ConfigStore(location: location).load()
            config.keyLines.removeAll { $0.name == name }
            return KeyRemap.commandClash(giving: name, keys: keys, over: config)
        }
    }

    /// What is wrong with `value` for `setting`; a theme must also load.
    private static func checkSetting(_ value: String, for setting: ConfigSetting, location: StateLocation)
        -> String?
    {
        guard setting.check(value) != nil else {
            return "\(setting.rawValue) takes \(setting.expected), not '\(Sanitizer.visible(value))'"
        }
        guard setting == .theme else { return nil }
        do {
            _ = try ThemeChoice.load(value, from: ThemeCatalog(userFolder: location.themeFolder))
            return nil
        } catch {
            return error.description
        }
    }

    private static func usage(_ message: String) -> Int32 {
        Console.error("\(message)\nTry 'ladder help config' for usage.")
        return 64
    }
}
