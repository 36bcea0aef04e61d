import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

/// Runs the built `ladder` with `input` on standard input (a pipe, as a
/// script would give it); returns its exit status, output and errors.
func runLadder(_ arguments: [String], input: String) throws -> (status: Int32, output: String, error: String)
{
    let binary = try #require(Fixtures.ladderBinary, "the ladder executable was not built")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = nil
    process.environment = environment
    let (standardInput, output, error) = (Pipe(), Pipe(), Pipe())
    process.standardInput = standardInput
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // Small enough for the pipe's buffer: written whole, then closed (end of input).
    standardInput.fileHandleForWriting.write(Data(input.utf8))
    try standardInput.fileHandleForWriting.close()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
        process.terminationStatus, String(decoding: outData, as: UTF8.self),
        String(decoding: errData, as: UTF8.self)
    )
}

/// `ladder triage --plain` driven through standard input: the card, the
/// feedback, the summary, and a saved session that is the one the full
/// screen's keys make and that either way of sorting resumes.
@Suite struct PlainTriageEndToEndTests {
    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-plain-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// What pressing `keys` on the full screen makes of a fresh session over `deck`.
    /// `ladder triage --plain` on `state`, not yet run, with pipes for its
    /// input and output and its errors thrown away.
    private func plainTriage(state: URL) throws -> (process: Process, input: Pipe, output: Pipe) {
        let process = Process()
        process.executableURL = try #require(Fixtures.ladderBinary)
        process.arguments = ["triage", "--plain", "--state-dir", state.path]
        let (input, output) = (Pipe(), Pipe())
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        return (process, input, output)
    }

    private func keyed(_ keys: [KeyEvent], deck: Deck) -> TriageSession? {
        let start = Date()
        var state = AppState(
            module: BundledModule.module, moduleKey: "k", size: Size(width: 80, height: 24), now: start)
        state.triage = TriageState(session: TriageSession(deck: deck, startedAt: start))
        state.screen = .triage
        for key in keys {
            if let action = Keymap.action(for: key, in: state) { state.apply(action) }
        }
        return state.triage?.session
    }

    /// What a session holds apart from the times it was made at.
    private func timeless(_ session: TriageSession) -> [String] {
        let records = session.records.enumerated().map { index, record in
            "\(index) \(record.placed?.rawValue ?? "-") r\(record.reveals) s\(record.skips) u\(record.undos) "
                + "p\(record.peeked) \(record.note ?? "")"
        }
        let piles = Verdict.allCases.map { "\($0): \(session.pileIndices($0))" }
        return records + piles + [
            "up: \(session.unsorted.map(\.id))", "\(String(describing: session.agreement))",
        ]
    }

    @Test func aScriptSortsSavesAndTheFullScreenWouldHaveTheSameSession() throws {
        let state = try folder()
        defer { try? FileManager.default.removeItem(at: state) }
        let script = "a\nw\np\nn Because the CEO asked\nx\ns\nu\n?\n"
        let run = try runLadder(["triage", "--plain", "--state-dir", state.path], input: script)
        #expect(run.status == 0, "\(run.error)")
        let deck = try BundledDeck.load()
        let first = deck.cards[0].title
        #expect(run.output.hasPrefix("Triage: \(deck.title)\n"))
        #expect(run.output.contains("Card 1/\(deck.cards.count): \(first.prefix(20))"))
        #expect(run.output.contains("Card 2/\(deck.cards.count): "))
        #expect(run.output.contains("See chapter "), "the feedback names the chapter")
        #expect(run.output.contains("A peek: this card now stays out of your agreement."))
        #expect(run.output.contains("Note kept"))
        #expect(run.output.contains("'x' is not a command here: ? lists them."))
        #expect(run.output.contains("Skipped: it comes back at the end"))
        #expect(run.output.contains("Undone"))
        #expect(run.output.contains("q  save and stop"))
        #expect(
            run.output.hasSuffix(
                "Saved: 2/\(deck.cards.count) sorted. ladder triage (--plain or not) carries on from here.\n")
        )
        let saved = try #require(try TriageStore.load(deck: deck, folder: state))
        let keys: [KeyEvent] = [
            .right, .character(" "), .left, .character("n"), .paste("Because the CEO asked"), .enter,
            .character("s"), .character("u"),
        ]
        let screen = try #require(keyed(keys, deck: deck))
        #expect(timeless(saved) == timeless(screen))
        #expect(saved.note(at: 1) == "Because the CEO asked")
    }

    @Test func aSecondRunResumesAndTheEndOfInputSaves() throws {
        let state = try folder()
        defer { try? FileManager.default.removeItem(at: state) }
        let deck = try BundledDeck.load()
        _ = try runLadder(["triage", "--plain", "--state-dir", state.path], input: "p\np\nq\n")
        let second = try runLadder(["triage", "--plain", "--state-dir", state.path], input: "a")
        #expect(second.status == 0)
        #expect(second.output.contains("Card 3/\(deck.cards.count): "), "it resumes at the third card")
        #expect(second.output.contains("Card 4/\(deck.cards.count): "))
        let saved = try #require(try TriageStore.load(deck: deck, folder: state))
        #expect(saved.progress.sorted == 3)
        #expect(saved.records[2].placed == .advances, "a last line without a line break still counts")
    }

    @Test func aSignalWhileWaitingForInputSavesThenExitsWith128PlusItsNumber() throws {
        let state = try folder()
        defer { try? FileManager.default.removeItem(at: state) }
        let (process, standardInput, output) = try plainTriage(state: state)
        try process.run()
        standardInput.fileHandleForWriting.write(Data("a\n".utf8))
        var seen = ""
        while !seen.contains("Card 2/") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        process.terminate()
        seen += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 128 + SIGTERM)
        #expect(seen.hasSuffix("carries on from here.\n"))
        let saved = try #require(try TriageStore.load(deck: try BundledDeck.load(), folder: state))
        #expect(saved.progress.sorted == 1)
    }

    @Test func outputThatGoesAwayStillLeavesTheAnswersSaved() throws {
        let state = try folder()
        defer { try? FileManager.default.removeItem(at: state) }
        let (process, standardInput, output) = try plainTriage(state: state)
        try output.fileHandleForReading.close()
        try process.run()
        standardInput.fileHandleForWriting.write(Data("a\np\n".utf8))
        try standardInput.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "not killed by SIGPIPE")
        #expect(process.terminationStatus == 74, "lost output is an I/O error")
        let saved = try #require(try TriageStore.load(deck: try BundledDeck.load(), folder: state))
        #expect(saved.progress.sorted == 2)
    }

    @Test func aBacklogGivenWithDeckIsSortedToTheEndAndSummarised() throws {
        let state = try folder()
        defer { try? FileManager.default.removeItem(at: state) }
        let csv = state.appendingPathComponent("backlog.csv")
        try Data("Summary,Issue key\nDark mode,PM-1\nUsage analytics,PM-2\n".utf8).write(to: csv)
        let run = try runLadder(
            ["triage", "--plain", "--deck", csv.path, "--state-dir", state.path],
            input: "p\nn Asked weekly\na\n")
        #expect(run.status == 0)
        #expect(run.output.contains("Sorted to feels productive. n writes a note to defend the call."))
        #expect(run.output.contains("Every card is sorted.\nYour split (the backlog has no lesson verdicts"))
        #expect(run.output.contains("On advances you (1):\n  - Usage analytics"))
        #expect(run.output.contains("Your notes (1):\n  - Dark mode: Asked weekly"))
        let back = state.appendingPathComponent("back.csv")
        let export = try runLadder(
            ["triage", "--deck", csv.path, "--export", back.path, "--state-dir", state.path], input: "")
        #expect(export.status == 0)
        let written = try String(contentsOf: back, encoding: .utf8)
        #expect(written.contains("Dark mode,PM-1,feels productive,Asked weekly"))
    }

    @Test func withoutATerminalEachCommandSaysWhichFlagOrPrintsItsPlainForm() throws {
        let state = try folder()
        defer { try? FileManager.default.removeItem(at: state) }
        let triage = try runLadder(["triage", "--state-dir", state.path], input: "p\n")
        #expect(triage.status == 69)
        #expect(triage.error.contains("use 'ladder triage --plain'"))
        let home = try runLadder(["--state-dir", state.path], input: "")
        #expect(home.status == 69)
        #expect(home.error.contains("'ladder read --plain'"))
        let scorecard = try runLadder(["scorecard", "--state-dir", state.path], input: "")
        #expect(scorecard.status == 0)
        #expect(scorecard.output.hasPrefix("Leverage scorecard\n"))
        #expect(scorecard.output.contains("How you sort (agreement with the lesson):"))
        #expect(scorecard.output.contains("not enough yet; behind it: nothing yet"))
        #expect(scorecard.output.contains("0 = all the evidence against"))
        let plain = try runLadder(["scorecard", "--plain", "--state-dir", state.path], input: "")
        #expect(plain.output == scorecard.output)
        let room = state.appendingPathComponent("room").path
        let made = try runLadder(["room", "create", room, "--deck", "bundled", "--seed", "1"], input: "")
        #expect(made.status == 0, "\(made.error)")
        let console = try runLadder(["room", room, "--state-dir", state.path], input: "")
        #expect(console.status == 69)
        #expect(console.error.contains("'ladder report DIR' gives the round as text"))
    }
}
