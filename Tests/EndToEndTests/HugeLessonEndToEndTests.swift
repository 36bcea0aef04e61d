import Foundation
import TestSupport
import Testing

/// A lesson far beyond any real one, read as a user would in a real
/// terminal: it opens, scrolls, finds a word and quits; and a signal sent
/// while it is still being read ends ladder at once, leaving the terminal
/// as it was. The bounds on time are generous (a debug build on shared
/// machines); the release build's figures are in the README.
@Suite(.enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct HugeLessonEndToEndTests {
    /// A lesson of one chapter whose body is one line of `megabytes` MB.
    private func writeLesson(in driver: TmuxDriver, megabytes: Int) throws -> String {
        let sentence = "the team ships a small change and learns from it "
        let body = String(repeating: sentence, count: megabytes * 1_048_576 / sentence.utf8.count)
        let path = driver.home.appendingPathComponent("huge.md").path
        try ("# One long line\n\n" + body + "needle\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aHugeLineOpensScrollsSearchesAndQuits() throws {
        let driver = try TmuxDriver()
        let path = try writeLesson(in: driver, megabytes: 8)
        let binary = TmuxDriver.quote(try #require(Fixtures.ladderBinary).path)
        try driver.start("\(binary) read \(TmuxDriver.quote(path)); echo LADDER-EXITED $?")
        try driver.waitFor("1/1", timeout: 60)
        try driver.send("G")
        try driver.waitFor("100%", timeout: 20)
        try driver.send("/needle", "Enter")
        // The status bar offers n/N once a search has hits (the flash with
        // the count may have faded by the time the screen is read).
        let found = try driver.waitFor("n/N match", timeout: 30)
        #expect(found.contains("needle"))
        try driver.send("g", " ", "q")
        try driver.waitFor("LADDER-EXITED 0", timeout: 20)
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalWhileAHugeLessonLoadsEndsLadderAtOnce(signal: Int32) throws {
        let driver = try TmuxDriver()
        let path = try writeLesson(in: driver, megabytes: 24)
        let binary = TmuxDriver.quote(try #require(Fixtures.ladderBinary).path)
        try driver.start("\(binary) read \(TmuxDriver.quote(path)); echo LADDER-EXITED $?")
        var ladder: pid_t?
        let deadline = Date().addingTimeInterval(10)
        while ladder == nil && Date() < deadline {
            ladder = try driver.programID()
            if ladder == nil { Thread.sleep(forTimeInterval: 0.01) }
        }
        let pid = try #require(ladder)
        Thread.sleep(forTimeInterval: 0.2)
        kill(pid, signal)
        let sent = Date()
        try driver.waitFor("LADDER-EXITED \(128 + signal)", timeout: 20)
        #expect(Date().timeIntervalSince(sent) < 10, "ended while reading, not after")
        #expect(try driver.paneValue("#{alternate_on}") == "0", "the normal screen")
    }
}
