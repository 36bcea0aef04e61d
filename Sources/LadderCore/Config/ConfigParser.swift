/// Reads a configuration file. The format is the themes' own: `key = value`
/// lines, `#` comments (also ` # note` after a value), and one section:
///
///     theme = light
///     mouse = off
///     width = 80
///     reduced-motion = on
///     keys = emacs
///     [keys]
///     triage.sort-advances = a Right
///
/// It never fails: a line it cannot use is a problem naming `file:line`,
/// and the rest of the file still counts.
public enum ConfigParser {
    /// The one section a configuration file may have.
    public static let keysSection = "keys"

    /// Parses `text`; problems name `file`.
    public static func parse(text: String, file: String) -> ConfigFile {
        var config = ConfigFile(file: file)
        var section: String?
        var seen: [String: Int] = [:]
        var number = 0
        for raw in SourceLine.rawLines(text) {
            number += 1
            let line = ThemeParser.stripComment(raw)
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                section = readSection(line, at: number, into: &config)
                continue
            }
            guard let (key, value) = split(line, at: number, into: &config) else { continue }
            let scoped = (section ?? "") + "/" + key
            if let first = seen[scoped] {
                config.problems.append(
                    InputError(
                        file: file, line: number, "'\(key)' is already set on line \(first); set it once"))
                continue
            }
            seen[scoped] = number
            if section == keysSection {
                config.keyLines.append(ConfigKeyLine(name: key, keys: value, line: number))
            } else if section == nil {
                readSetting(key, value, at: number, into: &config)
            }
        }
        return config
    }

    /// A `[section]` line: the section's name, or nil (with a problem) when
    /// it is not one the file may have, so the lines under it are skipped.
    private static func readSection(_ line: String, at number: Int, into config: inout ConfigFile) -> String?
    {
        let name = String(line.dropFirst().dropLast()).trimmingBlanks().lowercased()
        guard line.hasSuffix("]"), name == keysSection else {
            config.problems.append(
                InputError(
                    file: config.file, line: number,
                    "unknown section \(quoted(line)); the only section is [\(keysSection)], and the lines "
                        + "under this one are skipped"))
            return "!"
        }
        return name
    }

    /// `key = value`, or nil with a problem.
    private static func split(_ line: String, at number: Int, into config: inout ConfigFile) -> (
        String, String
    )? {
        guard let equals = line.firstIndex(of: "=") else {
            config.problems.append(
                InputError(file: config.file, line: number, "expected 'key = value', got \(quoted(line))"))
            return nil
        }
        let key = String(line[..<equals]).trimmingBlanks().lowercased()
        let value = String(line[line.index(after: equals)...]).trimmingBlanks()
        guard !key.isEmpty, !value.isEmpty else {
            let what = key.isEmpty ? "a key before '='" : "a value after '\(key) ='"
            config.problems.append(InputError(file: config.file, line: number, "expected \(what)"))
            return nil
        }
        return (key, value)
    }

    private static func readSetting(
        _ key: String, _ value: String, at number: Int, into config: inout ConfigFile
    ) {
        guard let setting = ConfigSetting(rawValue: key) else {
            let hint =
                key.contains(".") ? " (a key binding goes under [\(keysSection)])" : ""
            config.problems.append(
                InputError(
                    file: config.file, line: number,
                    "unknown setting \(quoted(key)); expected one of \(ConfigSetting.list)\(hint)"))
            return
        }
        guard let checked = setting.check(value) else {
            config.problems.append(
                InputError(
                    file: config.file, line: number,
                    "\(setting.rawValue) takes \(setting.expected), not \(quoted(value))"))
            return
        }
        switch checked {
        case .text(let name): config.theme = ConfigLine(name, line: number)
        case .flag(let on) where setting == .mouse: config.mouse = ConfigLine(on, line: number)
        case .flag(let on) where setting == .color: config.color = ConfigLine(on, line: number)
        case .flag(let on) where setting == .cursor: config.cursor = ConfigLine(on, line: number)
        case .flag(let on): config.reducedMotion = ConfigLine(on, line: number)
        case .number(let width): config.width = ConfigLine(width, line: number)
        case .preset(let preset): config.keyPreset = ConfigLine(preset, line: number)
        }
    }

    /// A value in quotes with its control characters shown, never obeyed.
    static func quoted(_ text: String) -> String { "'" + Sanitizer.visible(text) + "'" }
}
