/// The keys in force for each binding: the tables' own keys, with a preset
/// and the user's configuration laid over them by the binding's stable name.
///
/// Keys given for a binding stand, in order, for its own keys: the first
/// given does what its first key does, the second what its second does, and
/// so on round again. So `contents.move = n p` makes `n` move down as `j`
/// does and `p` up as `k` does, and the arrows stop moving until listed too.
public struct KeyBindings: Equatable, Sendable {
    /// The keys given for each remapped binding, by name.
    public private(set) var overrides: [String: [KeyEvent]]

    /// The tables' own keys.
    public init() { overrides = [:] }

    /// Keys given by binding name over the tables' own.
    public init(overrides: [String: [KeyEvent]]) { self.overrides = overrides }

    /// Gives `name` the keys `keys`.
    public mutating func bind(_ name: String, to keys: [KeyEvent]) { overrides[name] = keys }

    /// Gives `name` back the keys of its table (or of the preset underneath).
    public mutating func unbind(_ name: String) { overrides[name] = nil }

    /// True when `binding` has keys other than its table's.
    public func isRemapped(_ binding: Binding) -> Bool { overrides[binding.name] != nil }

    /// The keys that trigger `binding`.
    public func keys(for binding: Binding) -> [KeyEvent] { overrides[binding.name] ?? binding.keys }

    /// The table's key that `key` stands for in `binding`, nil when `key`
    /// does not trigger it.
    public func original(for key: KeyEvent, in binding: Binding) -> KeyEvent? {
        guard let keys = overrides[binding.name] else { return binding.keys.contains(key) ? key : nil }
        guard let index = keys.firstIndex(of: key), !binding.keys.isEmpty else { return nil }
        return binding.keys[index % binding.keys.count]
    }

    /// The keys the status bar shows for `binding` in `state`: its hint keys,
    /// or when remapped, the first key given that does the same as each.
    func hintKeys(for binding: Binding, in state: AppState) -> [KeyEvent] {
        guard let keys = overrides[binding.name] else { return binding.hintKeys }
        var shown: [KeyEvent] = []
        for hintKey in binding.hintKeys {
            let wanted = binding.resolve(hintKey, state)
            let match = keys.first { key in
                guard !shown.contains(key), let original = original(for: key, in: binding) else {
                    return false
                }
                return binding.resolve(original, state) == wanted
            }
            if let match { shown.append(match) }
        }
        return shown.isEmpty ? Array(keys.prefix(1)) : shown
    }
}
