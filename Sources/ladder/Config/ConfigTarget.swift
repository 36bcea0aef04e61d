import LadderCore
import LadderUI

/// What `ladder config set` takes as its first word: a setting of the
/// file's top part (`theme`, `mouse`…), or an action's stable name for its
/// `[keys]` part (`triage.undo`). `config set` checks names here and the
/// shell completions offer `all`, so the two cannot drift apart.
enum ConfigTarget: Equatable {
    case setting(ConfigSetting)
    case action(String)

    /// Every name `config set` takes: the settings, then each action once.
    static var all: [ConfigTarget] {
        ConfigSetting.allCases.map(ConfigTarget.setting) + KeyRemap.allBindings.map { .action($0.name) }
    }

    /// The target `name` means; nil when `config set` does not know it. A
    /// name with a dot is an action (matched exactly), any other a setting
    /// (in any case).
    init?(name: String) {
        if name.contains(".") {
            guard KeyRemap.allBindings.contains(where: { $0.name == name }) else { return nil }
            self = .action(name)
        } else {
            guard let setting = ConfigSetting(rawValue: name.lowercased()) else { return nil }
            self = .setting(setting)
        }
    }

    /// The name as the file writes it.
    var name: String {
        switch self {
        case .setting(let setting): setting.rawValue
        case .action(let name): name
        }
    }

    /// The words the value may be, when they are a few: on and off, the
    /// key presets. Nil for a theme, a width or keys, which are written freely.
    var words: [String]? {
        switch self {
        case .setting(.mouse), .setting(.reducedMotion), .setting(.color), .setting(.cursor): ["on", "off"]
        case .setting(.keys): KeyPresetName.allCases.map(\.rawValue)
        case .setting, .action: nil
        }
    }
}
