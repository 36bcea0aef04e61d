import FoundationEssentials
import LadderCore

/// One line typed at the plain triage's prompt, understood: a letter or
/// its word (`p` or `productive`), case aside; a note may follow `n` on
/// the same line.
public enum PlainCommand: Equatable, Sendable {
    /// Put the card on a pile (`p`, `a`).
    case sort(Verdict)
    /// Send the card to the back of the queue (`s`).
    case skip
    /// Take back the last sort or skip (`u`).
    case undo
    /// Make the last undone move again (`redo`).
    case redo
    /// Show why the lesson files the card where it does (`w`): a peek.
    case why
    /// Write the note on the card just sorted (`n`), with its text when it
    /// came on the same line.
    case note(String?)
    /// List the commands (`?`, `h`).
    case help
    /// Save and stop (`q`).
    case quit
    /// Show the card again (an empty line).
    case show
    /// Anything else, as typed.
    case unknown(String)

    /// The command on `line`.
    public static func parse(_ line: String) -> PlainCommand {
        let trimmed = line.trimmingSpaces()
        guard !trimmed.isEmpty else { return .show }
        let word = String(trimmed.prefix { !$0.isWhitespace }).lowercased()
        let rest = trimmed.dropFirst(word.count).trimmingSpaces()
        if word == "n" || word == "note" { return .note(rest.isEmpty ? nil : rest) }
        guard rest.isEmpty else { return .unknown(trimmed) }
        switch word {
        case "p", "productive", "←": return .sort(.productive)
        case "a", "advances", "→": return .sort(.advances)
        case "s", "skip": return .skip
        case "u", "undo": return .undo
        case "redo": return .redo
        case "w", "why": return .why
        case "?", "h", "help": return .help
        case "q", "quit", "exit": return .quit
        default: return .unknown(trimmed)
        }
    }

    /// What each command does, for `?`.
    public static let helpLines = [
        "p  put the card on ○ feels productive",
        "a  put the card on ▲ advances you",
        "s  skip: the card comes back at the end",
        "u  undo the last sort or skip (as far back as you like); redo makes it again",
        "w  why the lesson files it: a peek, so the card leaves your agreement",
        "n  write a one-line note defending your call on the card just sorted",
        "   (n TEXT on one line, or n alone and the note on the next line)",
        "?  this list",
        "q  save and stop (so does the end of input)",
        "An empty line shows the card again. The session is the full screen's:",
        "either one carries on where the other stopped.",
    ]
}
