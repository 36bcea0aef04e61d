import Foundation
import LadderCore
import Testing

/// The countdown on an injected clock: every moment is a plain date.
@Suite struct RoundTimerTests {
    private let time = DeckTestSupport.time

    @Test func waitsUntilStartedThenCountsDown() {
        var timer = RoundTimer(limit: 600)
        #expect(timer.phase(at: time(0)) == .waiting)
        #expect(timer.remaining(at: time(100)) == 600)
        timer.start(at: time(10))
        #expect(timer.phase(at: time(10)) == .running(remaining: 600))
        #expect(timer.phase(at: time(400)) == .running(remaining: 210))
        #expect(timer.elapsed(at: time(400)) == 390)
    }

    @Test func warnsInTheLastThirtySecondsAndLocksAtZero() {
        var timer = RoundTimer(limit: 60)
        timer.start(at: time(0))
        #expect(timer.phase(at: time(29)) == .running(remaining: 31))
        #expect(timer.phase(at: time(30)) == .warning(remaining: 30))
        #expect(timer.phase(at: time(59)) == .warning(remaining: 1))
        #expect(timer.phase(at: time(60)) == .expired)
        #expect(timer.phase(at: time(5000)) == .expired)
        #expect(timer.remaining(at: time(5000)) == 0)
    }

    @Test func pauseKeepsTheTimeLeftAndStartResumes() {
        var timer = RoundTimer(limit: 300)
        timer.start(at: time(0))
        timer.pause(at: time(100))
        #expect(timer.phase(at: time(100)) == .paused(remaining: 200))
        #expect(timer.phase(at: time(10_000)) == .paused(remaining: 200))
        #expect(timer.pausedAt == time(100))
        timer.start(at: time(1000))
        #expect(timer.startedAt == time(0), "resuming keeps the first start")
        #expect(timer.phase(at: time(1150)) == .running(remaining: 50))
        #expect(timer.phase(at: time(1180)) == .warning(remaining: 20))
    }

    @Test func extendingARunningRoundAddsTime() {
        var timer = RoundTimer(limit: 120)
        timer.start(at: time(0))
        timer.extend(by: 60, at: time(100))
        #expect(timer.limit == 180)
        #expect(timer.extended == 60)
        #expect(timer.phase(at: time(100)) == .running(remaining: 80))
    }

    @Test func extendingAnExpiredRoundGivesExactlyTheExtension() {
        var timer = RoundTimer(limit: 60)
        timer.start(at: time(0))
        #expect(timer.phase(at: time(500)) == .expired)
        timer.extend(by: 120, at: time(500))
        #expect(timer.phase(at: time(500)) == .running(remaining: 120))
        #expect(timer.phase(at: time(620)) == .expired)
    }

    @Test func anExpiredRoundCannotBeStartedAgainAndPauseIsHarmless() {
        var timer = RoundTimer(limit: 10)
        timer.pause(at: time(0))
        #expect(timer == RoundTimer(limit: 10), "pausing before the start changes nothing")
        timer.start(at: time(0))
        timer.pause(at: time(20))
        #expect(timer.phase(at: time(20)) == .expired)
        timer.start(at: time(30))
        #expect(!timer.isRunning)
    }

    @Test func nextChangeFallsOnWholeSecondsAndStopsAtZero() {
        var timer = RoundTimer(limit: 10)
        #expect(timer.nextChange(after: time(0)) == nil)
        timer.start(at: time(0))
        #expect(timer.nextChange(after: time(0)) == time(1))
        #expect(timer.nextChange(after: time(2.25)) == time(3))
        #expect(timer.nextChange(after: time(9.5)) == time(10))
        #expect(timer.nextChange(after: time(10)) == nil)
        timer.pause(at: time(4))
        #expect(timer.nextChange(after: time(4)) == nil)
    }

    @Test func clockTextRoundsUpSoZeroMeansZero() {
        #expect(RoundPhase.clock(600) == "10:00")
        #expect(RoundPhase.clock(0.2) == "0:01")
        #expect(RoundPhase.clock(0) == "0:00")
        #expect(RoundPhase.clock(65) == "1:05")
        #expect(RoundPhase.clock(3720) == "1:02:00")
    }

    @Test func durationsReadAsPeopleTypeThem() {
        #expect(DurationText.seconds("10m") == 600)
        #expect(DurationText.seconds("90s") == 90)
        #expect(DurationText.seconds("1h30m") == 5400)
        #expect(DurationText.seconds("2m30s") == 150)
        #expect(DurationText.seconds("4:30") == 270)
        #expect(DurationText.seconds(" 5M ") == 300)
        for bad in ["", "10", "m", "0s", "9h", "1:5", "10x", "5m5m", "-3m", "1.5m"] {
            #expect(DurationText.seconds(bad) == nil, "\(bad)")
        }
        #expect(DurationText.text(5400) == "1h30m")
        #expect(DurationText.text(45) == "45s")
    }
}
