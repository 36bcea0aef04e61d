import FoundationEssentials
import Glibc
import LadderApp
import LadderCore

/// The commands' plain forms: `triage --plain` sorts line by line on
/// standard input and output, `scorecard --plain` (or a scorecard into a
/// pipe) prints the gauges. Where a command needs the full screen and
/// cannot have it, it says exactly which flag does the job instead.
enum PlainCommands {
    /// Runs the plain form `invocation` asks for and returns its exit code;
    /// returns 69 with the flag to use when the full screen cannot open;
    /// nil when the full screen should open.
    static func run(_ invocation: Invocation, setup: AppSetup, location: StateLocation) -> Int32? {
        switch invocation.command {
        case .scorecard where invocation.plain || !Console.outputIsTerminal:
            for warning in setup.warnings { Console.error(warning) }
            Console.out(PlainScorecard.text(setup.state))
            return 0
        case .triage where invocation.plain:
            return triage(setup: setup, location: location)
        default:
            break
        }
        guard isatty(STDIN_FILENO) == 1, Console.outputIsTerminal else {
            Console.error(hint(for: invocation.command))
            return 69
        }
        return nil
    }

    /// What to use instead of the full screen, for `command`.
    static func hint(for command: Invocation.Command) -> String {
        let reason = "the full screen needs a terminal on standard input and output"
        switch command {
        case .triage:
            return "\(reason); use 'ladder triage --plain' to sort line by line "
                + "(p or a for each card, as a screen reader or a script would)"
        case .scorecard:
            return "\(reason); use 'ladder scorecard --plain' for the scorecard as text"
        case .read:
            return "\(reason); use 'ladder read --plain' for the text"
        case .room:
            return "\(reason); 'ladder report DIR' gives the round as text (--format md, csv or json)"
        case .join:
            return
                "\(reason) to take part in a round; to sort alone line by line, use 'ladder triage --plain'"
        default:
            return "\(reason); use 'ladder read --plain' for the notes as text, 'ladder triage --plain' "
                + "to sort a backlog, or 'ladder scorecard --plain' for the scorecard"
        }
    }

    /// `ladder triage --plain`: the same session as the full screen, kept
    /// by the same store.
    private static func triage(setup: AppSetup, location: StateLocation) -> Int32 {
        // Output that goes away (`| head`) must not end the run before the
        // answers are saved: the writes fail instead, and ladder exits 74.
        signal(SIGPIPE, SIG_IGN)
        let store = SessionStore(location: location, history: setup.state.scorecard.history)
        for warning in [store.progress.warning].compactMap({ $0 }) + setup.warnings {
            Console.error(warning)
        }
        var plain = PlainTriage(
            state: setup.state, store: store, input: DescriptorLines(watchesSignals: true),
            clock: SystemClock(),
            write: { Console.out($0) })
        let outcome = plain.run()
        for problem in outcome.saveProblems { Console.error("could not save: \(problem.description)") }
        return outcome.status
    }
}
