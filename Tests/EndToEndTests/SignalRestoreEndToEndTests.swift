import Foundation
import TestSupport
import Testing

/// Every signal that can end ladder, sent to the full-screen reader in a
/// real terminal (tmux): afterwards the terminal is as it was before —
/// the same `stty` settings (echo and line editing back), the normal
/// screen, mouse reporting off — and ladder ended by its own exit or by the
/// signal, never by a trap. SIGPIPE included: it saves and quits like SIGTERM.
@Suite(.enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct SignalRestoreEndToEndTests {
    @Test(arguments: [
        SIGTERM, SIGHUP, SIGINT, SIGPIPE, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
        SIGXFSZ, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP,
    ])
    func theTerminalIsRestoredWhateverTheSignal(signal: Int32) throws {
        let driver = try TmuxDriver()
        let folder = driver.home.path
        let binary = TmuxDriver.quote(try #require(Fixtures.ladderBinary).path)
        let script =
            "cd \(TmuxDriver.quote(folder)); stty -g > before; echo $$ > pid; \(binary) read --chapter 2; "
            + "echo $? > status; stty -g > after; echo LADDER-EXITED"
        try driver.start("sh -c \(TmuxDriver.quote(script))")
        try driver.waitFor("2/10")
        #expect(try driver.paneValue("#{alternate_on}") == "1")
        #expect(try driver.paneValue("#{mouse_any_flag}") == "1")
        let shell = try #require(
            Int32(
                try String(contentsOfFile: folder + "/pid", encoding: .utf8)
                    .trimmingCharacters(in: .whitespacesAndNewlines)))
        let ladder = try #require(try childOfShell(shell))
        kill(ladder, signal)
        try driver.waitFor("LADDER-EXITED")
        #expect(try driver.paneValue("#{alternate_on}") == "0", "back on the normal screen")
        #expect(try driver.paneValue("#{mouse_any_flag}") == "0", "mouse reporting off")
        let before = try String(contentsOfFile: folder + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: folder + "/after", encoding: .utf8)
        #expect(before == after, "stty settings restored (echo, canonical mode)")
        let status = try String(contentsOfFile: folder + "/status", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status == String(128 + signal), "ended by signal \(signal), not by a trap")
    }

    /// The first child of the shell in the pane: ladder.
    private func childOfShell(_ shell: Int32) throws -> Int32? {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            let children =
                (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            if let first = children.split(separator: " ").first, let pid = Int32(first) { return pid }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }
}
