import Foundation
import TestSupport
import Testing

@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct ReaderEndToEndTests {
    func ladderCommand(_ driver: TmuxDriver, _ arguments: String = "") throws -> String {
        let binary = try #require(Fixtures.ladderBinary)
        return "\(TmuxDriver.quote(binary.path)) \(arguments)"
    }

    @Test func readsScrollsSearchesAndResumes() throws {
        let driver = try TmuxDriver()
        try driver.start(try ladderCommand(driver))
        try driver.waitFor("Career Growth for Product Managers")
        try driver.waitFor("The Ladder Nobody Drew for You")
        try driver.send("Enter")
        try driver.waitFor("1/10")
        try driver.send("]")
        try driver.waitFor("2/10")
        try driver.waitFor("What the Ladder Actually Measures")
        let before = try driver.screen()
        try driver.send("j", literal: true)
        try driver.send("j", literal: true)
        let scrolled = try driver.waitFor { $0 != before }
        #expect(scrolled.contains("2/10"))
        try driver.send("Space")
        try driver.send("/", literal: true)
        try driver.waitFor { $0.split(separator: "\n").last?.hasPrefix("/") == true }
        try driver.send("timing", literal: true)
        try driver.send("Enter")
        try driver.waitFor("Match 1 of")
        try driver.send("n", literal: true)
        try driver.waitFor("Match 2 of")
        try driver.send("?", literal: true)
        try driver.waitFor("Help")
        // Long descriptions wrap, so the global keys are further down: End reaches them.
        try driver.send("Down")
        try driver.send("End")
        try driver.waitFor("search every chapter")
        try driver.send("Escape")
        try driver.waitFor { !$0.contains("search every chapter") }
        let place = try driver.screen().split(separator: "\n").first.map(String.init) ?? ""
        try driver.send("q", literal: true)
        try driver.waitFor { !$0.contains("Career Growth") }

        try driver.stop()
        try driver.start(try ladderCommand(driver))
        let resumed = try driver.waitFor { $0.contains("/10") }
        #expect(resumed.split(separator: "\n").first.map(String.init) == place)
    }

    @Test func reflowsOnResizeAndSaysWhenTooSmall() throws {
        let driver = try TmuxDriver()
        try driver.start(try ladderCommand(driver, "read --chapter 6"), width: 100, height: 30)
        try driver.waitFor("Finding Leverage")
        try driver.resize(width: 40, height: 12)
        let narrow = try driver.waitFor { screen in
            screen.split(separator: "\n").allSatisfy { $0.count <= 40 } && screen.contains("6/10")
        }
        #expect(narrow.contains("6/10"))
        try driver.resize(width: 20, height: 6)
        try driver.waitFor("too small")
        try driver.resize(width: 200, height: 60)
        try driver.waitFor("Finding Leverage")
        try driver.resize(width: 1, height: 1)
        try driver.resize(width: 80, height: 24)
        try driver.waitFor("6/10")
        try driver.send("q", literal: true)
        try driver.waitFor { !$0.contains("6/10") }
    }

    @Test(arguments: ["q", "C-c", "TERM", "HUP"])
    func everyWayOutRestoresTheTerminal(exit: String) throws {
        let driver = try TmuxDriver()
        let folder = driver.home.path
        let script =
            "cd \(TmuxDriver.quote(folder)); stty -g > before; echo $$ > pid; "
            + "\(try ladderCommand(driver)); stty -g > after; echo LADDER-EXITED"
        try driver.start("sh -c \(TmuxDriver.quote(script))")
        try driver.waitFor("Career Growth for Product Managers")
        #expect(try driver.paneValue("#{alternate_on}") == "1")
        switch exit {
        case "q": try driver.send("q", literal: true)
        case "C-c": try driver.send("C-c")
        default:
            let pid = try String(contentsOfFile: folder + "/pid", encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let ladderPid = try #require(childPid(of: pid))
            kill(ladderPid, exit == "TERM" ? SIGTERM : SIGHUP)
        }
        try driver.waitFor("LADDER-EXITED")
        #expect(try driver.paneValue("#{alternate_on}") == "0")
        let before = try String(contentsOfFile: folder + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: folder + "/after", encoding: .utf8)
        #expect(before == after)
        let progress = driver.home.appendingPathComponent("state/ladder/progress.json")
        #expect(FileManager.default.fileExists(atPath: progress.path))
    }

    private func childPid(of parent: String) -> Int32? {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            let children =
                (try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8))
                ?? ""
            if let first = children.split(separator: " ").first, let pid = Int32(first) { return pid }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }
}
