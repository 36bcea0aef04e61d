import Foundation
import LadderCore
import Testing

/// The facilitator's commands on the control file, on an injected clock.
@Suite struct RoomControlTests {
    private let time = DeckTestSupport.time

    private func settings(timer: TimeInterval?) -> RoomSettings {
        RoomSettings(
            title: "Room", deck: DeckFingerprint(deck: DeckTestSupport.deck(4)), deckFile: "deck.md",
            deckSourceName: "deck.md", seed: 7, timerSeconds: timer, hideAnswers: true, restricted: false,
            createdAt: time(0))
    }

    @Test func aTimedRoundWaitsForTheStartThenAcceptsSorting() {
        let settings = settings(timer: 300)
        var control = RoomControl(settings: settings)
        #expect(!control.acceptsSorting(at: time(0), settings: settings))
        let changed = control.apply(.start, at: time(10))
        #expect(changed)
        #expect(control.revision == 1)
        #expect(control.acceptsSorting(at: time(11), settings: settings))
        #expect(control.phase(at: time(290)) == .warning(remaining: 20))
        #expect(control.isLocked(at: time(310)), "locked at zero")
        #expect(!control.acceptsSorting(at: time(310), settings: settings))
    }

    @Test func pauseExtendLockAndRevealEachCountAsARevision() {
        let settings = settings(timer: 300)
        var control = RoomControl(settings: settings)
        control.apply(.start, at: time(0))
        control.apply(.pause, at: time(100))
        #expect(!control.acceptsSorting(at: time(101), settings: settings))
        let again = control.apply(.pause, at: time(102))
        #expect(!again, "a second pause changes nothing")
        control.apply(.extend(60), at: time(103))
        #expect(control.phase(at: time(103)) == .paused(remaining: 260))
        control.apply(.start, at: time(200))
        control.apply(.lock, at: time(210))
        #expect(control.lockedAt == time(210))
        #expect(control.phase(at: time(400)) == .paused(remaining: 250), "a lock stops the clock")
        #expect(!control.acceptsSorting(at: time(211), settings: settings))
        control.apply(.unlock, at: time(220))
        control.apply(.start, at: time(220))
        #expect(control.acceptsSorting(at: time(221), settings: settings))
        control.apply(.reveal, at: time(230))
        #expect(control.isRevealed)
        #expect(control.isLocked(at: time(231)), "the reveal locks the round")
        #expect(control.revision == 8)
    }

    @Test func anUntimedRoundIsOpenAtOnce() {
        let settings = settings(timer: nil)
        var control = RoomControl(settings: settings)
        #expect(control.timer == nil)
        #expect(control.acceptsSorting(at: time(0), settings: settings))
        control.apply(.lock, at: time(5))
        #expect(!control.acceptsSorting(at: time(6), settings: settings))
    }

    @Test func controlSurvivesAFileRoundTrip() throws {
        let folder = DeckTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let room = RoomFolder(url: folder)
        let settings = settings(timer: 300)
        #expect(try room.control(settings) == RoomControl(settings: settings), "no file yet: a fresh control")
        var control = RoomControl(settings: settings)
        control.apply(.start, at: time(0))
        control.apply(.extend(30), at: time(5))
        try room.save(control)
        #expect(try room.control(settings) == control)
        try Data("{".utf8).write(to: room.controlURL)
        #expect(throws: InputError.self) { try room.control(settings) }
    }
}
