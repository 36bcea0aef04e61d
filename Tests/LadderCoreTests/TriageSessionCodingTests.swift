import Foundation
import LadderCore
import Testing

@Suite struct TriageSessionCodingTests {
    private let time = DeckTestSupport.time

    private func midway(_ deck: Deck) -> TriageSession {
        var session = TriageSession(deck: deck, startedAt: time(0))
        session.sort(.advances, at: time(2))
        session.skip(at: time(3))
        session.reveal(at: time(4))
        session.sort(.productive, at: time(6))
        session.sort(.advances, at: time(7))
        session.undo()
        return session
    }

    @Test func roundTripsWithHistory() throws {
        let deck = DeckTestSupport.deck(5)
        let session = midway(deck)
        let data = try session.encoded()
        var restored = try #require(try TriageSession.restore(from: data, deck: deck))
        #expect(restored == session)
        let moved1 = restored.redo()
        #expect(moved1)
        let moved2 = restored.undo()
        #expect(moved2)
        let moved3 = restored.undo()
        #expect(moved3)
        #expect(restored.current?.id == "card-3")
        #expect(String(decoding: data, as: UTF8.self).contains("Card 1") == false)
    }

    @Test func foreignDeckIsRejectedWithNil() throws {
        let data = try midway(DeckTestSupport.deck(5)).encoded()
        #expect(try TriageSession.restore(from: data, deck: DeckTestSupport.deck(6)) == nil)
        #expect(try TriageSession.restore(from: data, deck: DeckTestSupport.deck(5, title: "Other")) == nil)
        var renamed = DeckTestSupport.deck(5)
        renamed.cards[2].id = "changed"
        #expect(try TriageSession.restore(from: data, deck: renamed) == nil)
        var edited = DeckTestSupport.deck(5)
        edited.cards[2].rationale = "Reworded."
        #expect(try TriageSession.restore(from: data, deck: edited) != nil)
    }

    @Test func damagedDataThrows() throws {
        let deck = DeckTestSupport.deck(5)
        #expect(throws: InputError.self) {
            try TriageSession.restore(from: Data("nonsense".utf8), deck: deck)
        }
        let data = try midway(deck).encoded()
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["head"] = 99
        let broken = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: InputError.self) { try TriageSession.restore(from: broken, deck: deck) }
        object["head"] = 1
        object["advances"] = [0, 0]
        let duplicated = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: InputError.self) { try TriageSession.restore(from: duplicated, deck: deck) }
    }

    @Test func plainDecoderWithoutDeckFails() throws {
        let data = try midway(DeckTestSupport.deck(5)).encoded()
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TriageSession.self, from: data) }
    }

    @Test func storeSavesLoadsAndDiscardsPerDeck() throws {
        let folder = DeckTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deck = DeckTestSupport.deck(5)
        #expect(try TriageStore.load(deck: deck, folder: folder) == nil)
        let session = midway(deck)
        try TriageStore.save(session, folder: folder)
        let file = TriageStore.url(for: deck, folder: folder)
        #expect(file.deletingLastPathComponent().lastPathComponent == "triage")
        #expect(file.lastPathComponent.hasPrefix("test-deck-"))
        #expect(file.pathExtension == "json")
        #expect(try TriageStore.load(deck: deck, folder: folder) == session)
        #expect(try TriageStore.load(deck: DeckTestSupport.deck(6), folder: folder) == nil)
        try Data("garbage".utf8).write(to: file)
        do {
            _ = try TriageStore.load(deck: deck, folder: folder)
            Issue.record("expected an error")
        } catch {
            #expect(error.file == file.path)
        }
        try TriageStore.discard(deck: deck, folder: folder)
        #expect(try TriageStore.load(deck: deck, folder: folder) == nil)
    }

    @Test func fingerprintIsStable() {
        let fingerprint = DeckFingerprint(deck: DeckTestSupport.deck(3))
        #expect(fingerprint.cardCount == 3)
        #expect(fingerprint.idsHash.count == 16)
        #expect(fingerprint == DeckFingerprint(deck: DeckTestSupport.deck(3)))
        #expect(fingerprint.fileStem == DeckFingerprint(deck: DeckTestSupport.deck(3)).fileStem)
        #expect(fingerprint.fileStem != DeckFingerprint(deck: DeckTestSupport.deck(4)).fileStem)
    }
}
