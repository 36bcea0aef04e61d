import Foundation
import LadderCore
import TestSupport
import Testing

/// The `ladder-faults` executable beside `ladder`.
enum FaultWriterBinary {
    static var url: URL? {
        guard let ladder = Fixtures.ladderBinary else { return nil }
        let url = ladder.deletingLastPathComponent().appendingPathComponent("ladder-faults")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }
}

/// Hundreds of SIGKILLs at random moments while ladder's files are being
/// written (`ladder-faults` writes state, results and room files in a loop):
/// afterwards every file reads back as what it should be, or is absent,
/// and the temporaries the killed writers left are cleaned up.
@Suite(.enabled(if: FaultWriterBinary.url != nil))
struct FaultInjectionTests {
    /// How many writers are killed.
    static let kills = 300

    @Test func everyFileSurvivesHundredsOfKillsDuringSaves() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-faults-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SystemRandomNumberGenerator()
        var killedWhileWriting = 0
        for _ in 0..<Self.kills {
            if try killOneWriter(in: folder, using: &generator) { killedWhileWriting += 1 }
        }
        #expect(killedWhileWriting >= Self.kills * 9 / 10, "most kills land after writing has begun")
        try checkEveryFile(in: folder)
    }

    /// Starts a writer, waits until it is writing, lets it run for a random
    /// 0–20 ms and kills it with SIGKILL. True when it was writing by then.
    private func killOneWriter(in folder: URL, using generator: inout SystemRandomNumberGenerator) throws
        -> Bool
    {
        let process = Process()
        process.executableURL = FaultWriterBinary.url
        process.arguments = [folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let ready = output.fileHandleForReading.readData(ofLength: 8)
        usleep(UInt32.random(in: 0...20_000, using: &generator))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? output.fileHandleForReading.close()
        return !ready.isEmpty && process.terminationReason == .uncaughtSignal
    }

    /// Reads back every file the writers wrote, the way ladder reads it.
    private func checkEveryFile(in folder: URL) throws {
        let state = folder.appendingPathComponent("state")
        let room = RoomFolder(url: folder.appendingPathComponent("room"))
        let settings = try room.settings()
        let deck = try room.deck(settings)
        _ = try room.control(settings)
        _ = try ProgressStore(folder: state).load()
        _ = try AssessmentStore(folder: state).load()
        _ = try TriageStore.load(deck: deck, folder: state)
        let results = room.resultsFiles()
        #expect(!results.isEmpty)
        for url in results {
            #expect(throws: Never.self, "\(url.lastPathComponent) reads back") { try ResultsCodec.read(url) }
        }
        let folders = [state, state.appendingPathComponent("triage"), room.url, room.resultsFolder]
        for folder in folders { _ = AtomicFile.removeStaleTemporaries(in: folder) }
        for folder in folders {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            for name in names where name.hasSuffix(".json") {
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                #expect(
                    (try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is whole JSON")
            }
        }
        for folder in folders {
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.hasSuffix(".tmp")
            }
            #expect(left.isEmpty, "stale temporaries are cleaned: \(left)")
        }
    }
}
