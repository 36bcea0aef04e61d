/// Where a setting's value came from, weakest first: ladder's default, the
/// theme last chosen with `t`, the configuration file, the environment, a flag.
enum SettingSource: Equatable {
    case builtIn
    case remembered
    case configFile(path: String, line: Int)
    case environment(String)
    case flag(String)

    /// How `ladder config --print` names it.
    var description: String {
        switch self {
        case .builtIn: "default"
        case .remembered: "chosen with t in the app"
        case .configFile(let path, let line): "config file \(path):\(line)"
        case .environment(let name): "environment \(name)"
        case .flag(let name): "flag \(name)"
        }
    }
}

/// A setting's value and where it came from.
struct Sourced<Value: Equatable>: Equatable {
    var value: Value
    var source: SettingSource

    init(_ value: Value, _ source: SettingSource = .builtIn) {
        self.value = value
        self.source = source
    }

    /// This, replaced by `value` from `source` when there is one.
    func over(_ value: Value?, _ source: @autoclosure () -> SettingSource) -> Sourced {
        guard let value else { return self }
        return Sourced(value, source())
    }
}
