/// How keys are written in the help, the status bar and the README:
/// `j`, `Space`, `Enter`, `Ctrl-R`, `F2`, `←`.
public enum KeyLabel {
    /// The name of one key.
    public static func of(_ key: KeyEvent) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let character): "Ctrl-" + character.uppercased()
        case .alt(let character): "Alt-" + String(character)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "⌫"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .delete: "Del"
        case .insert: "Ins"
        case .function(let number): "F\(number)"
        case .paste: "paste"
        case .wheelUp: "wheel up"
        case .wheelDown: "wheel down"
        }
    }

    /// Several keys for a help row: their names with spaces between.
    public static func list(_ keys: [KeyEvent]) -> String {
        keys.map(of).joined(separator: " ")
    }

    /// Keys for a status-bar hint: arrows run together (`↑↓`), other keys
    /// take a slash (`]/[`).
    public static func hint(_ keys: [KeyEvent]) -> String {
        let arrows: Set<KeyEvent> = [.up, .down, .left, .right]
        let names = keys.map(of)
        return keys.allSatisfy(arrows.contains) ? names.joined() : names.joined(separator: "/")
    }
}

extension KeyLabel {
    /// Which of `keys` a status-bar hint written with `hint(keys)` shows at
    /// `column` of its key text, nil past the key text.
    public static func key(in keys: [KeyEvent], atColumn column: Int) -> KeyEvent? {
        let arrows: Set<KeyEvent> = [.up, .down, .left, .right]
        let separator = keys.allSatisfy(arrows.contains) ? 0 : 1
        var start = 0
        for key in keys {
            let end = start + TextWidth.of(of(key))
            if column >= start && column < end + separator { return key }
            start = end + separator
        }
        return nil
    }
}
