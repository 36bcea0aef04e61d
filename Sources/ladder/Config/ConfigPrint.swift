import LadderCore
import LadderUI

/// `ladder config --print`: the settings in force, written as a
/// configuration file whose comments say where each value came from.
enum ConfigPrint {
    /// The text, for `settings` and the theme last chosen with `t`.
    static func text(_ settings: Settings, remembered: String?) -> String {
        var rows: [(String, String)] = [
            ("theme = " + themeValue(settings, remembered: remembered), themeSource(settings, remembered)),
            ("mouse = " + onOff(settings.mouse.value), settings.mouse.source.description),
            ("width = \(settings.width.value)", settings.width.source.description),
            (
                "reduced-motion = " + onOff(settings.reducedMotion.value),
                settings.reducedMotion.source.description
            ),
            ("color = " + onOff(settings.color.value), settings.color.source.description),
            ("cursor = " + onOff(settings.cursor.value), settings.cursor.source.description),
            ("keys = " + settings.keyPreset.value.rawValue, settings.keyPreset.source.description),
            ("", ""),
            ("[keys]", ""),
        ]
        for binding in KeyRemap.allBindings {
            let keys = KeySpec.text(settings.keyBindings.keys(for: binding))
            rows.append(("\(binding.name) = \(keys)", settings.keySource(binding.name).description))
        }
        let width = min(44, rows.map { TextWidth.of($0.0) }.max() ?? 0)
        let body = rows.map { row, source in
            guard !source.isEmpty else { return row }
            return row + String(repeating: " ", count: max(1, width + 2 - TextWidth.of(row))) + "# " + source
        }
        let head = [
            "# The settings in force and where each came from: default, config file (path:line),",
            "# environment or flag. Flags and the environment win over the file, the file over defaults.",
            "# Configuration file: \(Sanitizer.visible(settings.file))",
            "",
        ]
        return (head + body).map(Sanitizer.visible).joined(separator: "\n") + "\n"
    }

    private static func themeValue(_ settings: Settings, remembered: String?) -> String {
        settings.theme.value ?? remembered ?? ThemeCatalog.defaultThemeName
    }

    private static func themeSource(_ settings: Settings, _ remembered: String?) -> String {
        if settings.theme.value != nil { return settings.theme.source.description }
        return remembered == nil ? SettingSource.builtIn.description : SettingSource.remembered.description
    }

    private static func onOff(_ value: Bool) -> String { value ? "on" : "off" }
}
