import Foundation
import TestSupport
import Testing

/// Keys, mouse and paste through a real terminal (tmux), under the TERM
/// values people actually run with.
@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct TerminalInputEndToEndTests {
    /// Opens chapter 2 and returns where the header says its first page is
    /// ("2/10 · 40%"), so the tests do not depend on the module's length.
    @discardableResult
    func startReader(_ driver: TmuxDriver, term: String = "tmux-256color", options: String = "") throws
        -> String
    {
        let binary = TmuxDriver.quote(try #require(Fixtures.ladderBinary).path)
        try driver.start("\(binary) read --chapter 2 \(options)", extraEnvironment: ["TERM": term])
        let screen = try driver.waitFor { Self.position(in: $0) != nil }
        return try #require(Self.position(in: screen))
    }

    /// The "2/10 · NN%" part of the header line of `screen`, if it shows one.
    static func position(in screen: String) -> String? {
        let header = screen.split(separator: "\n").first ?? ""
        guard let start = header.range(of: "2/10 · "),
            let end = header[start.upperBound...].firstIndex(of: "%")
        else { return nil }
        return String(header[start.lowerBound...end])
    }

    func header(_ driver: TmuxDriver) throws -> String {
        try driver.screen().split(separator: "\n").first.map(String.init) ?? ""
    }

    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color"])
    func endAndHomeMoveWithinTheChapter(term: String) throws {
        let driver = try TmuxDriver()
        let top = try startReader(driver, term: term)
        try driver.send("End")
        try driver.waitFor("2/10 · 100%")
        try driver.send("Home")
        try driver.waitFor(top)
        #expect(try !driver.screen().contains("1/10"))
        try driver.send("q", literal: true)
    }

    @Test func everyCommonHomeAndEndSequenceIsTakenWhole() throws {
        let driver = try TmuxDriver()
        let top = try startReader(driver)
        let ends = ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF", "\u{1B}[1;5F"]
        let homes = ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH", "\u{1B}[1;5H"]
        for (end, home) in zip(ends, homes) {
            try driver.sendBytes(end)
            try driver.waitFor("2/10 · 100%")
            try driver.sendBytes(home)
            try driver.waitFor(top)
        }
        // A sequence nobody knows is dropped whole: no "[" (previous chapter).
        try driver.sendBytes("\u{1B}[99~\u{1B}[4~")
        try driver.waitFor("2/10 · 100%")
        #expect(try header(driver).contains("2/10"))
        try driver.send("q", literal: true)
    }

    @Test func aPasteIsTextNotCommands() throws {
        let driver = try TmuxDriver()
        try startReader(driver)
        // Pasted into the reader, "q" and "[" do nothing: the app stays, same chapter.
        try driver.paste("q[[G")
        try driver.sendBytes("\u{1B}[4~")
        try driver.waitFor("2/10 · 100%")
        #expect(try driver.paneValue("#{alternate_on}") == "1")
        try driver.send("q", literal: true)
        try driver.waitFor { !$0.contains("2/10") }
    }

    @Test func aPasteIntoTheSearchPromptIsTheQuery() throws {
        let driver = try TmuxDriver()
        try startReader(driver)
        try driver.send("/", literal: true)
        try driver.waitFor { $0.split(separator: "\n").last?.hasPrefix("/") == true }
        // Line breaks in a paste become spaces: one query, not a search and then keys.
        try driver.paste("timing\nq")
        try driver.waitFor { $0.split(separator: "\n").last?.hasPrefix("/timing q") == true }
        try driver.send("C-u")
        try driver.paste("timing")
        try driver.send("Enter")
        try driver.waitFor("Match 1 of")
        try driver.send("q", literal: true)
    }

    @Test func mouseReportingIsOnWhileRunningAndOffAfter() throws {
        let driver = try TmuxDriver()
        let top = try startReader(driver)
        #expect(try driver.paneValue("#{mouse_any_flag}") == "1")
        #expect(try driver.paneValue("#{mouse_sgr_flag}") == "1")
        // The wheel, reported in the SGR form at column 10, row 5.
        try driver.sendBytes("\u{1B}[<65;10;5M")
        try driver.waitFor {
            Self.position(in: $0).map { $0 != top } ?? false
        }
        try driver.sendBytes("\u{1B}[<64;10;5M")
        try driver.waitFor(top)
        try driver.send("q", literal: true)
        try driver.waitFor { !$0.contains("2/10") }
        #expect(try driver.paneValue("#{mouse_any_flag}") == "0")
        #expect(try driver.paneValue("#{mouse_sgr_flag}") == "0")
    }

    @Test func aClickOnAChapterOpensIt() throws {
        let driver = try TmuxDriver()
        let binary = TmuxDriver.quote(try #require(Fixtures.ladderBinary).path)
        try driver.start(binary)
        let screen = try driver.waitFor("What the Ladder Actually Measures")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains("What the Ladder Actually Measures") })
        let column = try #require(lines[row].range(of: "What the Ladder")).lowerBound.utf16Offset(
            in: lines[row])
        // SGR reports count from 1.
        try driver.sendBytes("\u{1B}[<0;\(column + 3);\(row + 1)M\u{1B}[<0;\(column + 3);\(row + 1)m")
        try driver.waitFor("2/10")
        try driver.send("q", literal: true)
    }

    @Test func controlZHandsTheTerminalBackUntilContinued() throws {
        let driver = try TmuxDriver()
        let top = try startReader(driver)
        let program = try #require(try driver.programID())
        try driver.send("C-z")
        try driver.waitFor { _ in (try? driver.paneValue("#{alternate_on}")) == "0" }
        #expect(try driver.paneValue("#{mouse_any_flag}") == "0")
        kill(program, SIGCONT)
        try driver.waitFor(top)
        #expect(try driver.paneValue("#{alternate_on}") == "1")
        #expect(try driver.paneValue("#{mouse_any_flag}") == "1")
        try driver.send("q", literal: true)
    }

    @Test func noMouseLeavesTheMouseToTheTerminal() throws {
        let driver = try TmuxDriver()
        try startReader(driver, options: "--no-mouse")
        #expect(try driver.paneValue("#{mouse_any_flag}") == "0")
        try driver.send("q", literal: true)
    }

    @Test(arguments: [SIGTERM, SIGUSR1])
    func aSignalOrACrashTurnsTheMouseOffAndLeavesTheScreen(signal: Int32) throws {
        let driver = try TmuxDriver()
        let top = try startReader(driver)
        #expect(try driver.paneValue("#{mouse_any_flag}") == "1")
        let program = try #require(try driver.programID())
        kill(program, signal)
        try driver.waitFor { !$0.contains("2/10") }
        #expect(try driver.paneValue("#{mouse_any_flag}") == "0")
        #expect(try driver.paneValue("#{alternate_on}") == "0")
    }
}
