import Foundation
import LadderCore
import Testing

/// Making a room, joining it, and the files that result.
@Suite struct RoomFolderTests {
    private let time = DeckTestSupport.time

    private func withRoom(_ body: (RoomFolder, RoomSettings) throws -> Void) throws {
        let folder = DeckTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let room = RoomFolder(url: folder.appendingPathComponent("room"))
        let settings = try room.create(
            RoomRequest(
                deck: .bundled, seed: 7, timerSeconds: 600, hideAnswers: true, title: " Tuesday ",
                restricted: true),
            now: time(0))
        try body(room, settings)
    }

    @Test func createWritesSettingsDeckControlAndResultsFolder() throws {
        try withRoom { room, settings in
            #expect(room.exists)
            #expect(settings.title == "Tuesday")
            #expect(
                settings.seed == 7 && settings.timerSeconds == 600 && settings.hideAnswers
                    && settings.restricted)
            #expect(try room.settings() == settings)
            let deck = try room.deck(settings)
            #expect(deck == (try BundledDeck.load()))
            #expect(try room.control(settings).timer == RoundTimer(limit: 600))
            let attributes = try FileManager.default.attributesOfItem(atPath: room.resultsFolder.path)
            #expect((attributes[.posixPermissions] as? Int) == 0o2770)
        }
    }

    @Test func aCopiedBacklogKeepsItsTitleAndAChangedDeckIsRefused() throws {
        let folder = DeckTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("team backlog.csv")
        try Data("Summary,Description\nFix login,broken\nAdd export,asked for\n".utf8).write(to: source)
        let room = RoomFolder(url: folder.appendingPathComponent("room"))
        let settings = try room.create(
            RoomRequest(
                deck: .file(source), seed: 1, timerSeconds: nil, hideAnswers: false, title: nil,
                restricted: false),
            now: time(0))
        #expect(settings.deckFile == "deck.csv")
        #expect(settings.title == "team backlog")
        #expect(try room.deck(settings).cards.map(\.title) == ["Fix login", "Add export"])
        try Data("Summary\nSomething else\n".utf8).write(to: room.url.appendingPathComponent("deck.csv"))
        #expect(throws: InputError.self) { try room.deck(settings) }
    }

    @Test func aFolderWithoutARoomSaysSo() {
        let room = RoomFolder(url: DeckTestSupport.temporaryFolder())
        #expect(!room.exists)
        #expect(throws: InputError.self) { try room.settings() }
    }

    @Test func joiningGivesAFileAndACodeAndTheSameNameIsToldNotMerged() throws {
        try withRoom { room, settings in
            let ana = try ParticipantName("Ana")
            let first = try RoomJoin.join(room, settings: settings, name: ana, code: nil, now: time(5))
            guard case .joined(let results, let url, let code) = first else {
                Issue.record("expected a new participant, got \(first)")
                return
            }
            #expect(results.participant.name == "Ana")
            #expect(results.seed == 7 && results.deck == settings.deck && results.answersHidden)
            #expect(code.count == 6)
            let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
            #expect(mode == 0o640, "only the owner writes results")
            let again = try RoomJoin.join(
                room, settings: settings, name: try ParticipantName(" ANA"), code: nil, now: time(6))
            #expect(again == .nameTaken("Ana"))
            let wrong = try RoomJoin.join(room, settings: settings, name: ana, code: "XXXXXX", now: time(7))
            #expect(wrong == .nameTaken("Ana"))
            let back = try RoomJoin.join(
                room, settings: settings, name: ana, code: code.lowercased(), now: time(8))
            #expect(back == .resumed(results, url), "the code resumes, in any case")
            #expect(room.resultsFiles() == [url])
        }
    }

    @Test func durableWritesReplaceWholeFilesWithTheirMode() throws {
        let folder = DeckTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("a.json")
        try DurableFile.write(Data("one".utf8), to: file, mode: 0o640)
        try DurableFile.write(Data("two".utf8), to: file, mode: 0o640)
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.json"],
            "no temporary left")
        #expect(try !DurableFile.create(Data("three".utf8), at: file, mode: 0o640), "create never overwrites")
        #expect(throws: InputError.self) {
            try DurableFile.write(Data(), to: folder.appendingPathComponent("missing/b.json"), mode: 0o640)
        }
    }
}
