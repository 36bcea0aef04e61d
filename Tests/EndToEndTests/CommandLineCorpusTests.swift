import Foundation
import TestSupport
import Testing

/// Replays the command-line fuzzer's kept inputs (`Fuzz/Corpus/commandline`)
/// and every input it crashed on (`Fuzz/Crashes/commandline`) through the
/// real `ladder`: arguments separated by NUL bytes, run in a scratch folder
/// with no terminal. Each must end with an exit code, never a trap or a
/// signal. The fuzzer drives the parser alone; this drives the whole binary.
@Suite(.enabled(if: Fixtures.ladderBinary != nil))
struct CommandLineCorpusTests {
    private static func inputs() -> [URL] {
        ["Fuzz/Corpus/commandline", "Fuzz/Crashes/commandline"].flatMap { path -> [URL] in
            let folder = Fixtures.packageRoot.appendingPathComponent(path)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
        }
    }

    @Test func everyKeptCommandLineEndsWithAnExitCode() throws {
        let inputs = Self.inputs()
        #expect(!inputs.isEmpty)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-argv-\(UUID())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for url in inputs {
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            let arguments = text.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
            // Process cannot pass a NUL inside an argument, nor can a shell.
            let status = try run(arguments, in: scratch)
            #expect(status < 128, "\(url.lastPathComponent): ended by signal \(status - 128)")
            #expect(status != 70 && status != 132, "\(url.lastPathComponent): internal error \(status)")
        }
    }

    /// Runs ladder with `arguments`; a run still going after ten seconds is
    /// stopped and counts as a failure.
    private func run(_ arguments: [String], in folder: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = Fixtures.ladderBinary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = [
            "HOME": folder.path, "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path, "LANG": "C.UTF-8",
            "SWIFT_BACKTRACE": "enable=no",
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("ladder \(arguments) did not finish in ten seconds")
        }
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
            ? 128 + process.terminationStatus : process.terminationStatus
    }
}
