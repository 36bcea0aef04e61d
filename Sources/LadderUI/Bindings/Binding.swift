/// One row of a binding table: the keys, a stable name, what the keys do
/// (the action, worked out from the state when it depends on it), a line for
/// the help overlay and, for the keys worth showing, a short hint for the
/// status bar. The keymap, the help, the status bar and the README's keys
/// section are all read from these rows.
public struct Binding: Sendable {
    /// The stable name that remapping refers to, such as `triage.sort-advances`.
    public let name: String
    /// The keys, the preferred one first.
    public let keys: [KeyEvent]
    /// How the keys are written when listing each would be long (`0–4`).
    public let keysLabel: String?
    /// The help line: what the keys do.
    public let help: String
    /// The keys the status bar names for the hint (a pair such as ↑↓ or
    /// one key); by default the first key.
    public let hintKeys: [KeyEvent]
    /// The hint's word for the state, nil when the status bar leaves it out.
    let hintLabel: @Sendable (AppState) -> String?
    /// True when the binding works in the state; otherwise the keymap
    /// passes the keys on, and help and the status bar leave it out.
    let isAvailable: @Sendable (AppState) -> Bool
    /// The action for one of `keys` in the state.
    let resolve: @Sendable (KeyEvent, AppState) -> Action?

    /// A binding whose action depends on the key pressed (digits that rate,
    /// arrows that move up or down).
    public init(
        _ name: String, keys: [KeyEvent], keysLabel: String? = nil, help: String, hint: String? = nil,
        hintKeys: [KeyEvent]? = nil,
        when isAvailable: @escaping @Sendable (AppState) -> Bool = { _ in true },
        perKey resolve: @escaping @Sendable (KeyEvent, AppState) -> Action?
    ) {
        self.init(
            name, keys: keys, keysLabel: keysLabel, help: help, hintKeys: hintKeys, hintLabel: { _ in hint },
            when: isAvailable,
            perKey: resolve)
    }

    /// A binding whose action is worked out from the state.
    public init(
        _ name: String, keys: [KeyEvent], keysLabel: String? = nil, help: String, hint: String? = nil,
        hintKeys: [KeyEvent]? = nil,
        when isAvailable: @escaping @Sendable (AppState) -> Bool = { _ in true },
        action: @escaping @Sendable (AppState) -> Action?
    ) {
        self.init(
            name, keys: keys, keysLabel: keysLabel, help: help, hint: hint, hintKeys: hintKeys,
            when: isAvailable,
            perKey: { _, state in action(state) })
    }

    /// A binding that always means `action`.
    public init(
        _ name: String, keys: [KeyEvent], keysLabel: String? = nil, help: String, hint: String? = nil,
        hintKeys: [KeyEvent]? = nil,
        when isAvailable: @escaping @Sendable (AppState) -> Bool = { _ in true }, action: Action
    ) {
        self.init(
            name, keys: keys, keysLabel: keysLabel, help: help, hint: hint, hintKeys: hintKeys,
            when: isAvailable,
            perKey: { _, _ in action })
    }

    /// The fully general form: the hint's word also depends on the state
    /// (such as where Esc goes back to).
    public init(
        _ name: String, keys: [KeyEvent], keysLabel: String? = nil, help: String, hintKeys: [KeyEvent]? = nil,
        hintLabel: @escaping @Sendable (AppState) -> String?,
        when isAvailable: @escaping @Sendable (AppState) -> Bool = { _ in true },
        perKey resolve: @escaping @Sendable (KeyEvent, AppState) -> Action?
    ) {
        self.name = name
        self.keys = keys
        self.keysLabel = keysLabel
        self.help = help
        self.hintKeys = hintKeys ?? Array(keys.prefix(1))
        self.hintLabel = hintLabel
        self.isAvailable = isAvailable
        self.resolve = resolve
    }

    /// The action `key` means in `state`, nil when the binding does not
    /// have the key or does not work there.
    public func action(for key: KeyEvent, in state: AppState) -> Action? {
        guard let original = state.keyBindings.original(for: key, in: self), isAvailable(state) else {
            return nil
        }
        return resolve(original, state)
    }

    /// True when the binding works in `state`.
    public func works(in state: AppState) -> Bool { isAvailable(state) }

    /// The status-bar hint in `state`, nil when it shows none.
    public func hint(in state: AppState) -> StatusBar.Hint? {
        guard isAvailable(state), let label = hintLabel(state) else { return nil }
        let written = state.keyBindings.isRemapped(self) ? nil : keysLabel
        let shown = state.keyBindings.hintKeys(for: self, in: state)
        return StatusBar.Hint(
            key: written ?? KeyLabel.hint(shown), label: label, triggers: written == nil ? shown : [])
    }

    /// The keys as the README lists them: the table's own.
    public var keyText: String { keysLabel ?? KeyLabel.list(keys) }

    /// The keys as the help overlay lists them in `state`: the keys in
    /// force, remapped or not.
    public func keyText(in state: AppState) -> String {
        state.keyBindings.isRemapped(self) ? KeyLabel.list(state.keyBindings.keys(for: self)) : keyText
    }
}

/// A named group of bindings that are active together: a screen, a state
/// of a screen (the triage summary), an overlay, or the keys that work
/// everywhere.
public struct BindingTable: Sendable {
    /// The group's name, shown as the help section's title.
    public let title: String
    /// The bindings, in the order help lists them.
    public let bindings: [Binding]

    /// Creates a table.
    public init(_ title: String, _ bindings: [Binding]) {
        self.title = title
        self.bindings = bindings
    }

    /// The action `key` means in `state` under this table, nil when no
    /// binding here takes it.
    public func action(for key: KeyEvent, in state: AppState) -> Action? {
        for binding in bindings {
            guard let original = state.keyBindings.original(for: key, in: binding), binding.works(in: state)
            else { continue }
            return binding.resolve(original, state)
        }
        return nil
    }
}
