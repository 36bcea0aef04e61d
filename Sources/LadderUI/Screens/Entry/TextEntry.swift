import LadderCore

/// A short text being typed: a note on a card ("defend your call", one
/// line) or an answer to a reflection prompt (a few lines, wrapped). Typing
/// adds at the end, Backspace takes the last character, Ctrl-U starts again;
/// a paste arrives as text, its line breaks as spaces.
public struct TextEntry: Equatable, Sendable {
    /// What the text is for.
    public enum Target: Equatable, Sendable {
        /// The note on the card at this deck index.
        case note(card: Int)
        /// The answer to this reflection prompt.
        case reflection(ReflectionPrompt)
    }

    /// What the text is for.
    public var target: Target
    /// The text so far.
    public var text: String
    /// The most characters it holds.
    public var limit: Int

    /// An entry for `target` starting from `text`.
    public init(target: Target, text: String = "") {
        self.target = target
        switch target {
        case .note: limit = TriageSession.maximumNoteLength
        case .reflection: limit = ReflectionAnswer.maximumLength
        }
        self.text = String(text.prefix(limit))
    }

    /// True when the text wraps over several lines rather than scrolling in one.
    public var wraps: Bool {
        if case .reflection = target { return true }
        return false
    }

    /// Adds `character` at the end, unless full or a control character.
    public mutating func type(_ character: Character) {
        guard text.count < limit,
            !character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return }
        text.append(character)
    }

    /// Adds pasted `pasted`, line breaks and tabs as spaces, cut at the limit.
    public mutating func paste(_ pasted: String) {
        for character in pasted {
            if character.isNewline || character == "\t" {
                if !text.hasSuffix(" ") { type(" ") }
            } else {
                type(character)
            }
        }
    }

    /// Takes away the last character.
    public mutating func erase() {
        if !text.isEmpty { text.removeLast() }
    }

    /// Starts again from nothing.
    public mutating func clear() { text = "" }
}
