import LadderCore
import LadderTerminal

extension Invocation {
    /// True when colour is off: `--no-color`, or `NO_COLOR` set to anything.
    func colorIsOff(_ environment: [String: String]) -> Bool {
        noColor || !(environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Opens the full-screen terminal for this invocation, or says why it
    /// cannot (the caller exits 69).
    /// `colorOff` overrides `colorIsOff` when the configuration decided it.
    func openTerminal(theme: Theme, mouse: Bool, environment: [String: String], colorOff: Bool? = nil)
        -> TerminalSession?
    {
        do {
            return try TerminalSession(
                theme: theme, colorMode: (colorOff ?? colorIsOff(environment)) ? .none : .automatic,
                mouse: mouse,
                environment: environment)
        } catch TerminalError.notATerminal {
            // Say which plain form does the job instead, for this command.
            Console.error(PlainCommands.hint(for: command))
            return nil
        } catch {
            Console.error(error.description)
            return nil
        }
    }
}
