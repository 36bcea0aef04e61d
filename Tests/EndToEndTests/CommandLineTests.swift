import Foundation
import TestSupport
import Testing

/// Runs `ladder` as a child process, without a terminal.
func runLadder(_ arguments: [String], environment: [String: String] = [:], directory: URL? = nil) throws -> (
    status: Int32, output: String, error: String
) {
    let binary = try #require(Fixtures.ladderBinary, "the ladder executable was not built")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
        process.terminationStatus, String(decoding: outData, as: UTF8.self),
        String(decoding: errData, as: UTF8.self)
    )
}

@Suite struct CommandLineTests {
    @Test func versionAndHelp() throws {
        let version = try runLadder(["--version"])
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("ladder "))
        for command in ["read", "triage", "scorecard", "themes"] {
            let help = try runLadder([command, "--help"])
            #expect(help.status == 0)
            #expect(help.output.contains("Usage: ladder \(command)"))
        }
    }

    @Test func usageErrorsExit64() throws {
        let unknown = try runLadder(["--bogus"])
        #expect(unknown.status == 64)
        #expect(unknown.error.contains("unknown option '--bogus'"))
        let chapter = try runLadder(["read", "--chapter", "zero"])
        #expect(chapter.status == 64)
        let range = try runLadder(["read", "--chapter", "99", "--plain"])
        #expect(range.status == 64)
        #expect(range.error.contains("out of range"))
    }

    @Test func optionsMayComeBeforeTheCommand() throws {
        let before = try runLadder(["--no-color", "read", "--plain", "--chapter", "2"])
        #expect(before.status == 0)
        #expect(before.output.contains("What the Ladder Actually Measures"))
        let help = try runLadder(["help", "nope"])
        #expect(help.status == 64)
        let export = try runLadder(["triage", "--export", "result.txt"])
        #expect(export.status == 64)
        let folder = try runLadder(["triage", "--export", "/nonexistent-folder/result.md"])
        #expect(folder.status == 73)
    }

    @Test func plainOutputIsWrappedText() throws {
        let result = try runLadder(["read", "--plain", "--width", "60"])
        #expect(result.status == 0)
        #expect(result.output.contains("Career Growth for Product Managers"))
        #expect(result.output.contains("The Ladder Nobody Drew for You"))
        #expect(result.output.contains("Key Takeaways"))
        let widest = result.output.components(separatedBy: "\n").map { $0.count }.max() ?? 0
        #expect(widest <= 60)
        let one = try runLadder(["read", "--plain", "--chapter", "3"])
        #expect(one.output.contains("Output Feels Productive. It Is Not the Point."))
        #expect(!one.output.contains("The Ladder Nobody Drew for You"))
    }

    @Test func readWritesPlainTextWhenOutputIsNotATerminal() throws {
        let result = try runLadder(["read"])
        #expect(result.status == 0)
        #expect(result.output.contains("What the Ladder Actually Measures"))
    }

    @Test func missingAndBadFilesAreClearErrors() throws {
        let missing = try runLadder(["read", "/nonexistent/lesson.txt"])
        #expect(missing.status == 66)
        #expect(missing.error.contains("/nonexistent/lesson.txt"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.md")
        try Data("---\ntitle: Broken\nlesson: many\n---\n# One\n\nText.\n".utf8).write(to: bad)
        let result = try runLadder(["read", bad.path])
        #expect(result.status == 65)
        #expect(result.error.contains("bad.md:3:"))
    }

    @Test func noTerminalSaysSoAndSuggestsPlain() throws {
        let result = try runLadder([])
        #expect(result.status != 0)
        #expect(result.error.contains("--plain"))
        #expect(!result.error.contains("Error opening terminal"))
    }

    @Test(.enabled(if: Fixtures.sharedLessonFolder != nil)) func readsTheCourseLessonFile() throws {
        let folder = try #require(Fixtures.sharedLessonFolder)
        let file = folder.appendingPathComponent("000_9228081d2ad90875.txt")
        let result = try runLadder(["read", file.path, "--plain"])
        #expect(result.status == 0)
        #expect(result.output.contains("Career Growth for Product Managers"))
        #expect(result.output.contains("Leverage in Timing"))
        #expect(result.output.contains("Key Takeaways"))
        #expect(!result.output.contains("Back to the index"))
    }
}
