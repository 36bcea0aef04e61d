/// The user's configuration file as written: each setting with the line it
/// is on, the key bindings of its `[keys]` section, and every line that
/// could not be used. A file with mistakes still gives what it could read;
/// the problems are said once and ladder starts anyway.
public struct ConfigFile: Equatable, Sendable {
    /// The file as messages name it.
    public var file: String
    /// `theme = NAME|FILE`.
    public var theme: ConfigLine<String>?
    /// `mouse = on|off`.
    public var mouse: ConfigLine<Bool>?
    /// `width = N`: the widest the reading column grows, and the width of plain output.
    public var width: ConfigLine<Int>?
    /// `reduced-motion = on|off`: no timed marks or fading messages.
    public var reducedMotion: ConfigLine<Bool>?
    /// `color = on|off`: off draws no colour, as `NO_COLOR` does.
    public var color: ConfigLine<Bool>?
    /// `cursor = on|off`: on shows the terminal's cursor on the selected
    /// item (it is placed there either way, for screen readers and magnifiers).
    public var cursor: ConfigLine<Bool>?
    /// `keys = vim|emacs|arrows`: the ready-made set of keys to start from.
    public var keyPreset: ConfigLine<KeyPresetName>?
    /// The `[keys]` section: `binding.name = KEY KEY…`, in file order.
    public var keyLines: [ConfigKeyLine] = []
    /// Lines that could not be used, each naming the file and line.
    public var problems: [InputError] = []

    /// An empty configuration (no file, or nothing set) for `file`.
    public init(file: String) { self.file = file }
}

/// A value from the configuration file and the 1-based line it was on.
public struct ConfigLine<Value: Equatable & Sendable>: Equatable, Sendable {
    /// The value.
    public var value: Value
    /// The line it was on.
    public var line: Int

    /// Creates a located value.
    public init(_ value: Value, line: Int) {
        self.value = value
        self.line = line
    }
}

/// One line of the `[keys]` section: a binding's stable name and the keys
/// given for it, still as text (the app knows the names and the key words).
public struct ConfigKeyLine: Equatable, Sendable {
    /// The binding's stable name, such as `triage.sort-advances`.
    public var name: String
    /// The keys as written, such as `a Right`.
    public var keys: String
    /// The line it was on.
    public var line: Int

    /// Creates a key line.
    public init(name: String, keys: String, line: Int) {
        self.name = name
        self.keys = keys
        self.line = line
    }
}

/// The ready-made sets of keys.
public enum KeyPresetName: String, CaseIterable, Equatable, Sendable {
    /// Today's keys: less and vim (j/k, Space/b, g/G, / n N).
    case vim
    /// Emacs motion: C-n/C-p, C-v/M-v, M-</M->, C-s to search, C-g to go back.
    case emacs
    /// Arrows, Page Up/Down, Home/End, Enter and Esc wherever a letter is not needed.
    case arrows
}
