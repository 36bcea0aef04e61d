import Foundation
import LadderApp
import LadderCore
import LadderUI
import TestSupport
import Testing

/// The run loop on a recording terminal: input, time, signals, drawing.
@Suite struct RunLoopTests {
    @Test func quittingEndsWithStatusZeroAndClosesAfterTheLastFrame() throws {
        let fixture = try LoopFixture()
        let (outcome, _, backend) = fixture.run(try fixture.state(), [.key(.character("q"))])
        #expect(outcome.status == 0)
        #expect(outcome.saveProblems.isEmpty)
        #expect(backend.frames.count == 1)
        #expect(backend.closedAfterFrames == 1)
        #expect(!backend.ranOut)
    }

    @Test func changesAreSavedOnceInputHasPausedForASecond() throws {
        let fixture = try LoopFixture()
        var savedBeforeRead: [Int: Bool] = [:]
        let (_, runner, backend) = fixture.run(
            try fixture.state(), [.key(.down), .pause(0.5), .pause(5), .key(.character("q"))],
            beforeRead: { savedBeforeRead[$0] = fixture.savedProgress() != nil })
        // Nothing due at first; after the scroll the save is due in a second,
        // and once written nothing is due: the loop never polls.
        #expect(backend.waits == [nil, 1, nil])
        #expect(savedBeforeRead == [0: false, 1: false, 2: true])
        #expect(fixture.savedProgress() == runner.state.progress)
        #expect(fixture.clock.now == LoopFixture.start.addingTimeInterval(5.5))
    }

    @Test func theLoopSleepsExactlyUntilEachThingDue() throws {
        let fixture = try LoopFixture()
        var state = try fixture.state(on: .triage)
        state.apply(.triage(.cardSorted(.advances)))
        let (_, runner, backend) = fixture.run(state, [.pause(10), .key(.character("q"))])
        // The sort is saved a second later; the gauge mark ends at 1.5 s.
        #expect(backend.waits == [1, 0.5, nil])
        #expect(backend.frames.count == 3)
        let deck = try BundledDeck.load()
        let saved = try TriageStore.load(deck: deck, folder: fixture.location.stateFolder)
        #expect(saved?.records.count == runner.state.triage?.session.records.count)
    }

    @Test func aMessageFadesAtItsDeadlineWithOneFrameMore() throws {
        let fixture = try LoopFixture()
        var state = try fixture.state()
        state.apply(.flashed("Something to say", .warning))
        let (_, _, backend) = fixture.run(state, [.pause(60), .key(.character("q"))])
        #expect(backend.waits == [2.5, nil])
        #expect(backend.frames.count == 2)
        #expect(backend.frames[0].plainText.contains("Something to say"))
        #expect(!backend.frames[1].plainText.contains("Something to say"))
    }

    @Test(arguments: zip([SIGTERM, SIGHUP, SIGINT], [Int32(143), 129, 130]))
    func aSignalSavesThenExitsWith128PlusItsNumber(signal: Int32, status: Int32) throws {
        let fixture = try LoopFixture()
        var state = try fixture.state(on: .triage)
        state.apply(.triage(.cardSorted(.advances)))
        let (outcome, runner, backend) = fixture.run(state, [.signal(signal), .key(.character("q"))])
        #expect(outcome.status == status)
        #expect(runner.state.isQuitting)
        #expect(backend.closedAfterFrames == backend.frames.count)
        let saved = try TriageStore.load(deck: try BundledDeck.load(), folder: fixture.location.stateFolder)
        #expect(saved?.records.isEmpty == false)
        #expect(fixture.savedProgress() != nil)
    }

    @Test func controlLRepaintsEverything() throws {
        let fixture = try LoopFixture()
        let (_, _, backend) = fixture.run(try fixture.state(), [.key(.control("l")), .key(.character("q"))])
        #expect(backend.redraws == 1)
        #expect(backend.frames.count == 2)
        #expect(backend.frames[1] == backend.frames[0])
    }

    @Test func controlZSuspendsAndRedrawsOnReturn() throws {
        let fixture = try LoopFixture()
        let (outcome, _, backend) = fixture.run(
            try fixture.state(), [.key(.control("z")), .key(.character("q"))])
        #expect(backend.suspensions == 1)
        #expect(backend.frames.count == 2)
        #expect(outcome.status == 0)
    }

    @Test func aResizeRedrawsAtTheNewSize() throws {
        let fixture = try LoopFixture()
        let (_, runner, backend) = fixture.run(
            try fixture.state(),
            [
                .resize(Size(width: 120, height: 40)), .resize(Size(width: 20, height: 5)),
                .key(.character("q")),
            ])
        #expect(backend.frames.map(\.base.rect.width) == [80, 120, 20])
        #expect(backend.frames[1].base.rect.height == 40)
        #expect(runner.state.size == Size(width: 20, height: 5))
        #expect(runner.state.isTooSmall)
    }

    @Test func theWheelScrollsTheReader() throws {
        let fixture = try LoopFixture()
        let wheel = MouseEvent(.wheelDown, column: 10, row: 5)
        let (_, runner, _) = fixture.run(try fixture.state(), [.mouse(wheel), .key(.character("q"))])
        #expect(runner.state.reader.top > 0)
    }

    @Test func aBurstOfWheelReportsIsDrawnOnceItIsOver() throws {
        let fixture = try LoopFixture()
        let wheel = RecordingBackend.Step.mouse(MouseEvent(.wheelDown, column: 10, row: 5))
        let (_, runner, backend) = fixture.run(
            try fixture.state(), [.together(Array(repeating: wheel, count: 5)), .key(.character("q"))])
        #expect(runner.state.reader.top == 15)
        #expect(backend.frames.count == 2)
        #expect(backend.frames[1] == AppView.render(runner.state))
    }

    @Test func aLongBurstStillShowsAFrameEveryFiftyMilliseconds() throws {
        let fixture = try LoopFixture()
        let steps = (0..<6).flatMap { _ in [RecordingBackend.Step.key(.down), .pause(0.02)] }
        let (_, _, backend) = fixture.run(try fixture.state(), [.together(steps), .key(.character("q"))])
        // Six lines over 0.1 s: drawn at start, at 0.06 s, and at 0.1 s when it ends.
        #expect(backend.frames.count == 3)
    }

    @Test func runningOutOfScriptEndsAsAHangup() throws {
        let fixture = try LoopFixture()
        let (outcome, _, backend) = fixture.run(try fixture.state(), [])
        #expect(backend.ranOut)
        #expect(outcome.status == 128 + SIGHUP)
    }
}
