import Foundation
import LadderCore
import Testing

/// The console's view of the results folder: only changed files are reread.
@Suite struct RoomWatcherTests {
    @Test func rereadsOnlyWhatChangedAndForgetsWhatWent() throws {
        let folder = DeckTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let room = RoomFolder(url: folder)
        try FileManager.default.createDirectory(at: room.resultsFolder, withIntermediateDirectories: true)
        let people = RoomReportTests.people
        func write(_ index: Int, as name: String) throws {
            try DurableFile.write(
                try ResultsCodec.encode(people[index]), to: room.resultsFolder.appendingPathComponent(name),
                mode: DurableFile.resultsMode)
        }
        try write(0, as: "ana.json")
        try write(1, as: "bo.json")
        var watcher = RoomWatcher(room: room, round: people[0].round)
        let changed1 = watcher.refresh()
        #expect(changed1)
        #expect(watcher.lastReads == 2)
        #expect(watcher.ordered.map(\.results.participant.name) == ["Ana", "Bo"])
        let changed2 = watcher.refresh()
        #expect(!changed2, "nothing changed: nothing read")
        #expect(watcher.lastReads == 0)
        try write(2, as: "bo.json")
        let changed3 = watcher.refresh()
        #expect(changed3)
        #expect(watcher.lastReads == 1, "only the rewritten file is read")
        #expect(watcher.ordered.map(\.results.participant.name) == ["Ana", "Cy"])
        try FileManager.default.removeItem(at: room.resultsFolder.appendingPathComponent("ana.json"))
        try Data("{ torn".utf8).write(to: room.resultsFolder.appendingPathComponent("torn.json"))
        let changed4 = watcher.refresh()
        #expect(changed4)
        #expect(watcher.ordered.map(\.results.participant.name) == ["Cy"])
        #expect(watcher.unusable["torn.json"]?.contains("not JSON") == true)
    }
}
