/// Two or three examples for each command's `--help`, shown before the
/// options every command shares. The manual page carries them too.
enum UsageExamples {
    /// The examples of `command`, one command line each.
    static func lines(for command: Invocation.Command) -> [String] {
        switch command {
        case .home: ["ladder", "ladder read --chapter 3", "ladder triage --deck backlog.csv"]
        case .read:
            [
                "ladder read --chapter 6", "ladder read lesson-export.txt",
                "ladder read --plain --width 60 | less",
            ]
        case .triage:
            ["ladder triage", "ladder triage --deck jira-export.csv", "ladder triage --export result.md"]
        case .scorecard: ["ladder scorecard", "ladder scorecard --export scorecard.json"]
        case .themes:
            [
                "ladder themes", "ladder themes --check ~/.config/ladder/themes/mine.theme",
                "ladder --theme light",
            ]
        case .room:
            ["ladder room create workshop --deck bundled --seed 7 --timer 10m", "ladder room workshop"]
        case .report:
            [
                "ladder report workshop", "ladder report workshop --format csv > split.csv",
                "ladder report --tui workshop",
            ]
        case .join: ["ladder join workshop", "ladder join workshop --name Ada"]
        case .completions:
            [
                "ladder completions bash > ~/.local/share/bash-completion/completions/ladder",
                "ladder completions fish > ~/.config/fish/completions/ladder.fish",
            ]
        case .manual: ["ladder manual > ladder.1 && man -l ladder.1", "ladder manual | man -l -"]
        case .config: []
        case .present: ["ladder present", "ladder present --room workshop"]
        }
    }

    /// `text` with an `Examples:` block put before the shared options (or at
    /// the end), unless it has one already.
    static func add(to text: String, for command: Invocation.Command) -> String {
        let examples = lines(for: command)
        guard !examples.isEmpty, !text.contains("Examples:") else { return text }
        let block = "Examples:\n" + examples.map { "  " + $0 }.joined(separator: "\n") + "\n\n"
        guard let shared = text.firstRange(of: "Options for every command:") else {
            return text + "\n\n" + block
        }
        return text[..<shared.lowerBound] + block + text[shared.lowerBound...]
    }
}
