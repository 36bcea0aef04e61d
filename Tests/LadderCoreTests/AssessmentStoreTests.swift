import Foundation
import LadderCore
import Testing

@Suite struct AssessmentStoreTests {
    /// A fresh folder under the temporary directory (not created).
    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-assessment-\(UUID().uuidString)")
    }

    @Test func missingFileIsAnEmptyAssessment() throws {
        let store = AssessmentStore(folder: folder())
        #expect(try store.load() == SelfAssessment())
    }

    @Test func roundTripsAndCreatesTheFolder() throws {
        let place = folder()
        defer { try? FileManager.default.removeItem(at: place) }
        let store = AssessmentStore(folder: place.appendingPathComponent("nested"))
        let answers = SelfAssessment(answers: [1: 0, 4: 4, 10: 2])
        try store.save(answers)
        #expect(try store.load() == answers)
        let text = try String(contentsOf: store.url, encoding: .utf8)
        #expect(text.contains("\"version\" : 1"))
        try store.save(SelfAssessment(answers: [2: 3]))
        #expect(try store.load().answers == [2: 3])
    }

    @Test func outOfRangeSavedRatingsAreClampedAndUnknownIdsDropped() throws {
        let place = folder()
        defer { try? FileManager.default.removeItem(at: place) }
        let store = AssessmentStore(folder: place)
        try AtomicFile.write(
            Data(#"{"version": 1, "answers": {"1": 9, "3": -2, "77": 2}}"#.utf8), to: store.url)
        #expect(try store.load().answers == [1: 4, 3: 0])
    }

    @Test(arguments: [
        "not json at all", #"{"answers": {}}"#, #"{"version": 1, "answers": {"one": 2}}"#,
        #"{"version": 1, "answers": {"1": "high"}}"#, "", "[1, 2, 3]",
    ])
    func damagedFileIsAnInputErrorNamingIt(_ content: String) throws {
        let place = folder()
        defer { try? FileManager.default.removeItem(at: place) }
        let store = AssessmentStore(folder: place)
        try AtomicFile.write(Data(content.utf8), to: store.url)
        let error = #expect(throws: InputError.self) { try store.load() }
        #expect(error?.file == store.url.path)
        #expect(error?.kind == .badData)
        #expect(error?.exitCode == 65)
    }

    @Test func newerVersionIsRefused() throws {
        let place = folder()
        defer { try? FileManager.default.removeItem(at: place) }
        let store = AssessmentStore(folder: place)
        try AtomicFile.write(Data(#"{"version": 2, "answers": {}}"#.utf8), to: store.url)
        let error = #expect(throws: InputError.self) { try store.load() }
        #expect(error?.message.contains("version 2") == true)
    }
}
