import Foundation
import TestSupport
import Testing

/// Runs `script` with `/bin/sh -c`, `$LADDER` set to the built binary; returns
/// the exit status and standard error.
private func shell(_ script: String) throws -> (status: Int32, error: String) {
    let binary = try #require(Fixtures.ladderBinary, "the ladder executable was not built")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    var environment = ProcessInfo.processInfo.environment
    environment["LADDER"] = binary.path
    process.environment = environment
    let error = Pipe()
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// A fresh folder, removed when the test ends.
private struct Scratch {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-hostile-\(UUID())")
    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// What a hostile or careless user does on the command line, and what
/// ladder must answer: the right exit code and a plain message, never a trap.
@Suite struct HostileCommandLineTests {
    @Test(arguments: [
        (#""$LADDER" read --plain > /dev/full"#, Int32(74)),
        (#""$LADDER" read --plain >&-"#, 74),
        (#""$LADDER" read --plain 2>&- > /dev/full"#, 74),
        (#""$LADDER" --bogus 2>&-"#, 64),
    ])
    func outputThatCannotBeWrittenExits74(script: String, status: Int32) throws {
        let result = try shell(script)
        #expect(result.status == status, "\(script)")
        #expect(!result.error.contains("Fatal error"))
    }

    @Test func brokenPipeWithSigpipeIgnoredExits74() throws {
        // The reader (`true`) is gone before ladder writes; SIGPIPE is
        // ignored, so the write fails with EPIPE instead of killing ladder.
        let result = try shell(
            #"trap '' PIPE; ( sleep 0.3; "$LADDER" read --plain; echo "status=$?" >&2 ) | true"#)
        #expect(result.error.contains("status=74"), "\(result.error)")
        #expect(!result.error.contains("Fatal error"))
    }

    @Test func exportNeverReplacesWithoutForceAndKeepsSymlinks() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let state = scratch.path("state")
        let target = scratch.path("real.md")
        FileManager.default.createFile(atPath: target, contents: Data("mine\n".utf8))
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path("link.md"), withDestinationPath: target)
        let refused = try runLadder(["triage", "--state-dir", state, "--export", scratch.path("link.md")])
        #expect(refused.status == 73)
        #expect(refused.error.contains("already exists"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine\n")
        let forced = try runLadder([
            "triage", "--state-dir", state, "--export", scratch.path("link.md"), "--force",
        ])
        #expect(forced.status == 0)
        let kind =
            try FileManager.default.attributesOfItem(atPath: scratch.path("link.md"))[.type]
            as? FileAttributeType
        #expect(kind == .typeSymbolicLink)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("# "))
        #expect(!FileManager.default.fileExists(atPath: state), "a plain --export creates no state folder")
    }

    @Test func damagedProgressIsKeptWithATimeAndReported() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let state = scratch.path("state")
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        for round in 1...2 {
            try Data("{ damaged \(round)".utf8).write(to: URL(fileURLWithPath: state + "/progress.json"))
            let result = try runLadder(["read", "--plain", "--chapter", "1", "--state-dir", state])
            #expect(result.status == 0)
            #expect(result.error.contains("progress.json"))
            #expect(result.error.contains("damaged"))
        }
        let kept = try FileManager.default.contentsOfDirectory(atPath: state).filter {
            $0.contains(".damaged-")
        }
        #expect(kept.count == 2, "both damaged copies are kept: \(kept)")
    }

    @Test func namesWithEscapesAreShownNotObeyed() throws {
        let result = try runLadder(["read", "x\u{1B}]0;PWNED\u{07}.md"])
        #expect(result.status == 66)
        #expect(!result.error.contains("\u{1B}"))
        #expect(result.error.contains("x^[]0;PWNED^G.md"))
    }

    @Test func specialFilesAndBadTextGetPlainMessages() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let fifo = scratch.path("pipe.md")
        #expect(mkfifo(fifo, 0o600) == 0)
        let pipe = try runLadder(["read", fifo, "--plain"])
        #expect(pipe.status == 66)
        #expect(pipe.error.contains("a pipe, not a file"))
        let device = try runLadder(["read", "/dev/null", "--plain"])
        #expect(device.error.contains("a device, not a file"))
        let deck = scratch.path("deck.csv")
        try Data("Title\nFine\n".utf8 + [0xFF, 0xFE] + Data("\n".utf8)).write(to: URL(fileURLWithPath: deck))
        let bad = try runLadder(["triage", "--deck", deck, "--export", scratch.path("out.md")])
        #expect(bad.status == 65)
        #expect(bad.error.contains("deck.csv:3:"))
    }

    @Test func argumentsAtTheEdges() throws {
        let empty = try runLadder(["read", "--plain", "--state-dir", ""])
        #expect(empty.status == 64)
        let huge = try runLadder(["read", "--plain", "--chapter", "99999999999999999999"])
        #expect(huge.status == 64)
        #expect(huge.error.contains("out of range"))
        let scratch = try Scratch()
        defer { scratch.remove() }
        let dashed = scratch.folder.appendingPathComponent("-x.md")
        try Data("---\ntitle: Dashed\n---\n# One\n\nText here.\n".utf8).write(to: dashed)
        let result = try runLadder(
            ["read", "--plain", "--", dashed.lastPathComponent], directory: scratch.folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Text here."))
    }

    @Test func stateIsOwnerOnlyAndStaleTemporariesGo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let state = scratch.path("state")
        try FileManager.default.createDirectory(atPath: state + "/triage", withIntermediateDirectories: true)
        // A writer that no longer exists: pid 2^22 + 1 is above Linux's pid_max.
        let stale = state + "/.progress.json.4194305.tmp"
        FileManager.default.createFile(atPath: stale, contents: Data("half".utf8))
        let binary = try #require(Fixtures.ladderBinary)
        let tmux = try TmuxDriver()
        defer { try? tmux.stop() }
        try tmux.start("\(TmuxDriver.quote(binary.path)) read --state-dir \(TmuxDriver.quote(state))")
        try tmux.waitFor("Career Growth")
        try tmux.send("q")
        let deadline = Date().addingTimeInterval(8)
        while !FileManager.default.fileExists(atPath: state + "/progress.json") && Date() < deadline {
            usleep(50_000)
        }
        #expect(!FileManager.default.fileExists(atPath: stale))
        let mode =
            try FileManager.default.attributesOfItem(atPath: state + "/progress.json")[.posixPermissions]
            as? Int
        #expect(mode == 0o600)
        let folderMode = try FileManager.default.attributesOfItem(atPath: state)[.posixPermissions] as? Int
        #expect(folderMode == 0o700 || folderMode == 0o755, "a folder the user made keeps its mode")
    }
}
