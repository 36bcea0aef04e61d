import Foundation
import TestSupport
import Testing

/// A participant over a real sshd (`ForceCommand ladder join --restricted`,
/// as docs/workshop.md sets it up) trying what an attacker would: their
/// own command, environment and TERM games, job-control and shell keys,
/// hostile names and notes. After each attempt a shell command is typed;
/// its answer (`PWNED42`) never appears, so no shell was ever reached.
@Suite(
    .serialized,
    .enabled(
        if: SSHServer.unavailableReason == nil,
        "needs sshd (openssh-server); see the test log for why it cannot run"),
    .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct WorkshopSSHAttackTests {
    /// What a shell would print for the probe typed after every attempt.
    static let probe = "echo PWNED$((6*7))"

    private func server(room: String) throws -> SSHServer {
        let ladder = try #require(Fixtures.ladderBinary).path
        return try SSHServer(
            forcedCommand: "\(TmuxDriver.quote(ladder)) join --restricted \(TmuxDriver.quote(room))")
    }

    /// Types the shell probe and checks that nothing answered it.
    private func expectNoShell(_ driver: TmuxDriver, _ attempt: String) throws {
        try driver.send(Self.probe, literal: true)
        try driver.send("Enter")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!(try driver.screen()).contains("PWNED42"), "\(attempt) reached a shell")
    }

    /// ssh options and the command the client asks for, apart by "|".
    @Test(arguments: [
        "|sh", "|/bin/bash -i", "|cat /etc/passwd", "-o SetEnv=LD_PRELOAD=/nonexistent.so|sh",
        "-o SetEnv=XDG_STATE_HOME=/tmp -o SetEnv=HOME=/|sh",
    ])
    func theClientsCommandAndEnvironmentAreIgnored(request: String) throws {
        let parts = request.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let driver = try TmuxDriver()
        let room = try WorkshopRoom.make(in: driver.home)
        let server = try server(room: room)
        let command = server.sshCommand.replacingOccurrences(
            of: " 127.0.0.1", with: " \(parts[0]) 127.0.0.1 \(parts[1])")
        try driver.start(command)
        let screen = try driver.waitFor("Your name:", timeout: 20)
        #expect(!screen.contains("root:"), "the client's own command never runs")
        #expect(!screen.contains("LD_PRELOAD"), "the client's environment is not taken")
        try expectNoShell(driver, request)
    }

    @Test(arguments: [
        "dumb", "../../../../etc/passwd", String(repeating: "x", count: 200), "no-such-terminal",
    ])
    func strangeTerminalNamesEndInLadderNotAShell(term: String) throws {
        let driver = try TmuxDriver()
        let room = try WorkshopRoom.make(in: driver.home)
        let server = try server(room: room)
        try driver.start(server.sshCommand, extraEnvironment: ["TERM": term])
        try driver.waitFor("Your name:", timeout: 20)
        try driver.send("Tess", literal: true)
        try driver.send("Enter")
        try driver.waitFor("Press Enter to begin")
        try driver.send("Enter")
        // Either the round opens, or ladder says the terminal cannot be used
        // and the connection closes; never anything else.
        let screen = try driver.waitFor(timeout: 20) {
            $0.contains("sorted") || $0.contains("terminal")
        }
        #expect(!screen.contains("root:"))
        try expectNoShell(driver, "TERM=\(term.prefix(40))")
    }

    @Test func jobControlAndShellKeysGiveNoShell() throws {
        let driver = try TmuxDriver()
        let room = try WorkshopRoom.make(in: driver.home)
        let server = try server(room: room)
        try driver.start(server.sshCommand)
        try driver.waitFor("Your name:", timeout: 20)
        try driver.send("Kit", literal: true)
        try driver.send("Enter")
        try driver.waitFor("Your rejoin code is")
        try driver.send("Enter")
        try driver.waitFor("0/4 sorted")
        for key in ["!", "C-z", "C-\\", "C-c", "e", "o", ":", "|", "v"] {
            try driver.send(key, literal: key.count == 1)
        }
        try expectNoShell(driver, "shell and job-control keys")
        try driver.send("C-d")
        try expectNoShell(driver, "Ctrl-D after them")
    }

    @Test func hostileNamesStayInTheRoomAndReachTheFacilitatorClean() throws {
        let facilitator = try TmuxDriver()
        let room = try WorkshopRoom.make(in: facilitator.home)
        let server = try server(room: room)
        let names = [
            "../../../../tmp/ladder-pwn", "a/b\\c", "Eve\u{1B}]0;PWNED\u{07}\u{202E}lin",
            String(repeating: "N", count: 3000),
        ]
        for name in names {
            let participant = try TmuxDriver()
            try participant.start(server.sshCommand)
            try participant.waitFor("Your name:", timeout: 20)
            try participant.send(name, literal: true)
            try participant.send("Enter")
            try participant.waitFor("Your rejoin code is")
            try participant.send("Enter")
            try participant.waitFor("0/4 sorted", timeout: 20)
            try participant.send("n", literal: true)
            try participant.send("note\u{1B}[2J\u{202E}" + String(repeating: "z", count: 300), literal: true)
            try participant.send("Enter")
            try participant.send("l", literal: true)
            try participant.waitFor("1/4 sorted")
            try participant.send("q", literal: true)
            try participant.waitFor { !$0.contains("sorted") }
        }
        // Every file is inside the room's results folder, and nothing was
        // written beside the room or in /tmp under the hostile name.
        let results = URL(fileURLWithPath: room).appendingPathComponent("results")
        let files = try FileManager.default.contentsOfDirectory(atPath: results.path).filter {
            !$0.hasPrefix(".")
        }
        #expect(files.count == names.count, "\(files)")
        #expect(files.allSatisfy { !$0.contains("/") && !$0.contains("..") && $0.utf8.count < 120 })
        #expect(!FileManager.default.fileExists(atPath: "/tmp/ladder-pwn.json"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/ladder-pwn"))

        let report = try runLadder(["report", room])
        #expect(report.status == 0, "\(report.error)")
        #expect(!report.output.contains("\u{1B}") && !report.output.contains("\u{202E}"))
        #expect(report.output.contains("<U+202E>"), "the override is shown, not obeyed")

        try facilitator.start(
            try WorkshopRoom.ladder("room \(TmuxDriver.quote(room))"), width: 120, height: 40)
        let screen = try facilitator.waitFor("4 joined")
        #expect(
            !(try facilitator.paneValue("#{pane_title}")).contains("PWNED"),
            "the console's title is untouched")
        #expect(!screen.contains("PWNED"), "the name's title escape was dropped, not obeyed")
    }
}
