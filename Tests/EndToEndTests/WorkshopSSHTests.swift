import Foundation
import TestSupport
import Testing

/// ladder behind a real sshd on 127.0.0.1, as docs/workshop.md sets it up.
@Suite(
    .serialized,
    .enabled(
        if: SSHServer.unavailableReason == nil,
        "needs sshd (openssh-server); see the test log for why it cannot run"),
    .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct WorkshopSSHTests {
    private func makeRoom(in folder: URL) throws -> String {
        let room = folder.appendingPathComponent("room").path
        let deck = folder.appendingPathComponent("deck.md")
        try Data("# Two\n\n- [productive] Answer every ping\n- [advances] Own the problem\n".utf8).write(
            to: deck)
        let made = try runLadder([
            "room", "create", room, "--deck", deck.path, "--seed", "5", "--title", "Over SSH",
        ])
        #expect(made.status == 0, "\(made.error)")
        return room
    }

    @Test func theForcedCommandRunsLadderWhateverTheClientAsks() throws {
        let driver = try TmuxDriver()
        let room = try makeRoom(in: driver.home)
        let ladder = try #require(Fixtures.ladderBinary).path
        let server = try SSHServer(
            forcedCommand: "\(TmuxDriver.quote(ladder)) report \(TmuxDriver.quote(room))")
        try driver.start(server.sshCommand + " cat /etc/passwd")
        let screen = try driver.waitFor("# Room report: Over SSH", timeout: 20)
        #expect(!screen.contains("root:"), "the client's own command never runs")
        #expect(server.log().contains("127.0.0.1"), "the connection came from 127.0.0.1")
    }
}

/// The guide's sshd block is the one the SSH tests run, so it must be there.
@Suite struct WorkshopGuideTests {
    @Test func theGuideHasTheMatchBlockTheHarnessUses() throws {
        let block = try #require(
            SSHServer.documentedMatchBlock(), "docs/workshop.md needs a 'Match User workshop' block")
        let keys = block.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.hasPrefix("#") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        for key in [
            "ForceCommand", "PermitTTY", "AllowTcpForwarding", "X11Forwarding", "PermitTunnel",
            "AllowAgentForwarding",
            "PermitUserRC",
        ] {
            #expect(keys.contains(key), "\(key)")
        }
        #expect(
            block.contains {
                $0.contains("ForceCommand /usr/local/bin/ladder join --restricted /srv/ladder/room")
            })
        let readme = try String(
            contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("(docs/workshop.md)"), "the README links the guide")
    }
}

/// A participant over a real sshd, the facilitator on the machine.
@Suite(
    .serialized,
    .enabled(
        if: SSHServer.unavailableReason == nil,
        "needs sshd (openssh-server); see the test log for why it cannot run"),
    .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct WorkshopSSHJoinTests {
    @Test func aParticipantJoinsOverSSHSortsAndTheFacilitatorSeesThem() throws {
        let console = try TmuxDriver()
        let room = try WorkshopRoom.make(in: console.home)
        let ladder = try #require(Fixtures.ladderBinary).path
        let server = try SSHServer(
            forcedCommand: "\(TmuxDriver.quote(ladder)) join --restricted \(TmuxDriver.quote(room))")
        let participant = try TmuxDriver()
        try participant.start(server.sshCommand + " sh")
        try participant.waitFor("Your name:", timeout: 20)
        try participant.send("Sam", literal: true)
        try participant.send("Enter")
        try participant.waitFor("Your rejoin code is")
        try participant.send("Enter")
        try participant.waitFor("0/4 sorted")
        try participant.send("l", literal: true)
        try participant.waitFor("1/4 sorted")
        try participant.send("h", literal: true)
        try participant.waitFor("2/4 sorted")

        try console.start(try WorkshopRoom.ladder("room \(TmuxDriver.quote(room))"))
        try console.waitFor("Sam 2/4")
        try console.waitFor("1 joined")
    }
}
