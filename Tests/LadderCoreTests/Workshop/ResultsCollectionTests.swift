import Foundation
import LadderCore
import Testing

/// Gathering results for a report: bad files are named and skipped, and
/// rounds never mix.
@Suite struct ResultsCollectionTests {
    private func folder(_ files: [String: Data]) throws -> URL {
        let folder = DeckTestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test func brokenForeignAndOtherRoundFilesAreSkippedByName() throws {
        let people = RoomReportTests.people
        let other = RoomReportTests.person(
            "Eve", [CardResult(id: "c1", pile: .advances)], scorecard: [:], seed: 6)
        let folder = try folder([
            "ana.json": try ResultsCodec.encode(people[0]), "bo.json": try ResultsCodec.encode(people[1]),
            "cy.json": try ResultsCodec.encode(people[2]), "eve.json": try ResultsCodec.encode(other),
            "broken.json": Data("{ nope".utf8), "package.json": Data("{\"name\": \"x\"}".utf8),
            ".ana.json.123.tmp": Data("partial".utf8), "notes.txt": Data("hello".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let collection = try ResultsCollection.gather([
            folder.path, folder.appendingPathComponent("missing.json").path,
        ])
        #expect(collection.round == people[0].round)
        #expect(collection.results.map(\.results.participant.name) == ["Ana", "Bo", "Cy"])
        let skipped = Dictionary(
            uniqueKeysWithValues: collection.skipped.map {
                (URL(fileURLWithPath: $0.file).lastPathComponent, $0.reason)
            })
        #expect(skipped.keys.sorted() == ["broken.json", "eve.json", "missing.json", "package.json"])
        #expect(skipped["eve.json"]?.hasPrefix("another round: deck 'Four' (4 cards") == true)
        #expect(skipped["eve.json"]?.hasSuffix("seed 6") == true)
        #expect(skipped["package.json"]?.contains("not a ladder results file") == true)
        let report = try #require(collection.report())
        #expect(report.participants.count == 3)
        #expect(report.cards.map(\.title) == ["c1", "c2", "c3", "c4"], "no deck at hand: ids")
    }

    @Test func theSameFileTwiceCountsOnce() throws {
        let folder = try folder(["ana.json": try ResultsCodec.encode(RoomReportTests.people[0])])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ana.json").path
        let collection = try ResultsCollection.gather([file, file])
        #expect(collection.results.count == 1)
        #expect(collection.skipped.map(\.reason) == ["the same participant as \(file)"])
    }

    @Test func aRoomFixesTheRoundAndSuppliesTheDeck() throws {
        let base = DeckTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let room = RoomFolder(url: base)
        let settings = try room.create(
            RoomRequest(
                deck: .bundled, seed: 3, timerSeconds: nil, hideAnswers: false, title: "T", restricted: false),
            now: Date())
        let deck = try room.deck(settings)
        let name = try ParticipantName("Ana")
        guard
            case .joined(var results, let url, _) = try RoomJoin.join(
                room, settings: settings, name: name, code: nil, now: Date())
        else { throw CancellationError() }
        results.cards = [CardResult(id: deck.cards[0].id, pile: .advances)]
        try DurableFile.write(try ResultsCodec.encode(results), to: url, mode: DurableFile.resultsMode)
        let stray = RoomReportTests.person("Zed", [], scorecard: [:])
        try DurableFile.write(
            try ResultsCodec.encode(stray), to: room.resultsFolder.appendingPathComponent("zed.json"),
            mode: 0o640)
        let collection = try ResultsCollection.gather([base.path])
        #expect(collection.title == "T")
        #expect(collection.round == RoundKey(deck: settings.deck, seed: 3))
        #expect(collection.results.map(\.results.participant.name) == ["Ana"])
        #expect(collection.skipped.count == 1)
        let report = try #require(collection.report())
        #expect(report.cards.count == deck.cards.count)
        #expect(report.cards[0].title == deck.cards[0].title)
        #expect(report.cards[0].advances == 1)
    }
}
