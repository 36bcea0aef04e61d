import FoundationEssentials
import LadderCore

/// The command-line options of the workshop commands (`room`, `report`),
/// kept apart from the rest so each command's parsing stays in one place.
struct WorkshopOptions: Equatable {
    /// Words after the command: `create DIR` for `room`, paths for `report`.
    var operands: [String] = []
    /// `--seed N`.
    var seed: UInt64?
    /// `--timer 10m`, in seconds.
    var timerSeconds: TimeInterval?
    /// `--hide-answers`.
    var hideAnswers = false
    /// `--title TEXT`.
    var title: String?
    /// `--restricted`.
    var restricted = false
    /// `--format md|csv|json`.
    var format: ReportFormat?

    /// The report's output formats.
    enum ReportFormat: String, CaseIterable {
        case md, csv, json
    }

    static let roomValues: Set<String> = ["--deck", "--seed", "--timer", "--title"]
    static let roomFlags: Set<String> = ["--hide-answers", "--restricted"]
    static let reportValues: Set<String> = ["--format"]
    static let reportFlags: Set<String> = ["--tui"]
    static let presentValues: Set<String> = ["--room"]
    static let joinValues: Set<String> = ["--name"]
    static let joinFlags: Set<String> = ["--restricted"]
    /// A round on one's own: `ladder triage --timer … --results FILE`.
    static let soloValues: Set<String> = ["--timer", "--seed", "--name", "--results"]
    static let soloFlags: Set<String> = ["--hide-answers"]
    /// `--name NAME`.
    var name: String?
    /// `--results FILE`: where a round on one's own writes its results.
    var results: String?

    /// True when `ladder triage` was asked for a round of its own.
    var asksForRound: Bool {
        timerSeconds != nil || seed != nil || hideAnswers || name != nil || results != nil
    }
    /// `report --tui`: browse the report full screen.
    var tui = false
    /// `present --room DIR`: the room whose contested cards to present.
    var room: String?

    /// True for the commands that take words after them.
    static func takesOperands(_ command: Invocation.Command) -> Bool {
        command == .room || command == .report || command == .join
    }

    /// Takes a workshop option's value.
    mutating func apply(_ name: String, value: String, command: Invocation.Command) throws(UsageError) {
        switch name {
        case "--seed":
            guard let seed = UInt64(value), seed <= SeededOrder.largestSeed else {
                throw UsageError(
                    message: "--seed takes a whole number from 0 to \(SeededOrder.largestSeed)",
                    command: command)
            }
            self.seed = seed
        case "--timer":
            guard let seconds = DurationText.seconds(value) else {
                throw UsageError(
                    message:
                        "--timer takes a length such as 10m, 90s, 1h30m or 4:30 (up to 8h), not '\(value)'",
                    command: command)
            }
            timerSeconds = seconds
        case "--title": title = value
        case "--name": self.name = value
        case "--results": results = value
        case "--room": room = value
        case "--format":
            guard let format = ReportFormat(rawValue: value.lowercased()) else {
                throw UsageError(message: "--format takes md, csv or json, not '\(value)'", command: command)
            }
            self.format = format
        default: break
        }
    }

    /// Takes a workshop flag.
    mutating func apply(flag: String) {
        switch flag {
        case "--hide-answers": hideAnswers = true
        case "--restricted": restricted = true
        case "--tui": tui = true
        default: break
        }
    }
}
