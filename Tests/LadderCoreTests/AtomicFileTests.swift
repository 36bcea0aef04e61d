import Foundation
import LadderCore
import Testing

@Suite struct AtomicFileTests {
    @Test func writesReplacesAndReads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-atomic-\(UUID().uuidString)/nested")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let file = folder.appendingPathComponent("state.json")
        #expect(try AtomicFile.read(file) == nil)
        try AtomicFile.write(Data("one".utf8), to: file)
        try AtomicFile.write(Data("two".utf8), to: file)
        #expect(try AtomicFile.read(file) == Data("two".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["state.json"])
    }

    @Test func locationFollowsXDG() {
        let location = StateLocation(environment: ["HOME": "/h", "XDG_STATE_HOME": "/s"])
        #expect(location.stateFolder.path == "/s/ladder")
        #expect(location.configFolder.path == "/h/.config/ladder")
        #expect(StateLocation(environment: ["HOME": "/h"]).stateFolder.path == "/h/.local/state/ladder")
        #expect(StateLocation(environment: [:], override: "/x").stateFolder.path == "/x")
    }
}
