/// How keys are written in the help, the status bar and the README:
/// `j`, `Space`, `Enter`, `Ctrl-R`, `F2`, `←`.
public enum KeyLabel {
    /// The name of one key.
    public static func of(_ key: KeyEvent) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let character): "Ctrl-" + character.uppercased()
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
