/// How keys are written in the configuration file: a character as itself
/// (`a`, `?`, `G`), `C-x` or `Ctrl-x` for Control, `M-x` or `Alt-x` for Alt,
/// and names for the rest (`Space`, `Enter`, `Esc`, `Tab`, `S-Tab`,
/// `Backspace`, `Delete`, `Insert`, `Up`, `Down`, `Left`, `Right`, `PgUp`,
/// `PgDn`, `Home`, `End`, `F1`–`F12`). The names the help shows (`↑`,
/// `Ctrl-R`, `PgDn`, `Shift-Tab`) are understood too. Names ignore case; a
/// lone character does not (`g` and `G` differ).
public enum KeySpec {
    /// The key `word` names, nil when it names none.
    public static func parse(_ word: String) -> KeyEvent? {
        let characters = Array(word)
        if characters.count == 1 { return single(characters[0]) }
        let lower = word.lowercased()
        if let named = names[lower] { return named }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            return .function(number)
        }
        return modified(word)
    }

    /// The keys in `text`, separated by blanks; the first word that names no
    /// key, when there is one.
    public static func parseList(_ text: String) -> Result<[KeyEvent], UnknownKey> {
        var keys: [KeyEvent] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) {
            guard let key = parse(word) else { return .failure(UnknownKey(word: word)) }
            if !keys.contains(key) { keys.append(key) }
        }
        return keys.isEmpty ? .failure(UnknownKey(word: "")) : .success(keys)
    }

    /// A word that names no key.
    public struct UnknownKey: Error, Equatable {
        /// The word, empty when no key was given at all.
        public var word: String
    }

    /// How `key` is written in the configuration file, so that `parse`
    /// reads it back.
    public static func text(_ key: KeyEvent) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let character): "C-" + String(character)
        case .alt(let character): "M-" + String(character)
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .delete: "Delete"
        case .insert: "Insert"
        case .function(let number): "F\(number)"
        case .paste: "paste"
        case .wheelUp: "WheelUp"
        case .wheelDown: "WheelDown"
        }
    }

    /// Several keys as the configuration file writes them.
    public static func text(_ keys: [KeyEvent]) -> String { keys.map(text).joined(separator: " ") }

    /// A lone character: arrows as the help draws them, other visible
    /// characters as themselves (a blank or a control character is no key).
    private static func single(_ character: Character) -> KeyEvent? {
        switch character {
        case "↑": .up
        case "↓": .down
        case "←": .left
        case "→": .right
        case "⌫": .backspace
        default:
            character.unicodeScalars.allSatisfy {
                $0.value > 0x20 && $0.value != 0x7F && !(0x80..<0xA0).contains($0.value)
            }
                ? .character(character) : nil
        }
    }

    private static let names: [String: KeyEvent] = [
        "space": .character(" "), "enter": .enter, "return": .enter, "ret": .enter, "esc": .escape,
        "escape": .escape, "tab": .tab, "s-tab": .backTab, "shift-tab": .backTab, "backtab": .backTab,
        "backspace": .backspace, "bs": .backspace, "delete": .delete, "del": .delete, "insert": .insert,
        "ins": .insert, "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp,
        "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
    ]

    /// `C-x`, `Ctrl-x`, `M-x`, `Alt-x`: Control takes a letter, Alt any
    /// visible character.
    private static func modified(_ word: String) -> KeyEvent? {
        guard let dash = word.firstIndex(of: "-"), word.index(after: dash) < word.endIndex else { return nil }
        let rest = word[word.index(after: dash)...]
        guard rest.count == 1, let character = rest.first else { return nil }
        switch word[..<dash].lowercased() {
        case "c", "ctrl":
            return character.isASCII && character.isLetter ? .control(Character(character.lowercased())) : nil
        case "m", "alt", "meta":
            return single(character) == .character(character) ? .alt(character) : nil
        default:
            return nil
        }
    }
}
