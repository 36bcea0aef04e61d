import Foundation
import LadderCore
import LadderUI
import Testing

/// The next deadline: what the runner sleeps until, computed from state.
@Suite struct DeadlineTests {
    typealias F = TriageFixtures

    @Test func aQuietScreenHasNoDeadline() {
        let app = AppState(
            module: BundledModule.module, moduleKey: "test", size: Size(width: 80, height: 24), now: F.start)
        #expect(app.nextDeadline == nil)
    }

    @Test func aMessageIsDueWhenItFadesAndGoesAtThatTick() throws {
        var app = AppState(
            module: BundledModule.module, moduleKey: "test", size: Size(width: 80, height: 24), now: F.start)
        app.themeNames = ["dark", "light"]
        app.apply(.themeCycled)
        let until = try #require(app.flash?.until)
        #expect(app.nextDeadline == until)
        app.apply(.ticked(until.addingTimeInterval(-0.001)))
        #expect(app.flash != nil)
        app.apply(.ticked(until))
        #expect(app.flash == nil)
        #expect(app.nextDeadline == nil)
    }

    @Test func aMarkedGaugeOnTriageIsDueWhenTheMarkEnds() throws {
        var app = F.app(F.smallDeck, size: Size(width: 140, height: 45))
        app.apply(.triage(.cardSorted(.advances)))
        let markEnds = app.now.addingTimeInterval(TriageState.markDuration)
        #expect(app.nextDeadline == markEnds)
        app.apply(.ticked(markEnds))
        #expect(app.triage?.marked == nil)
        #expect(app.nextDeadline == nil)
    }

    @Test func theEarliestOfAMessageAndAMarkComesFirst() throws {
        var app = F.app(F.smallDeck, size: Size(width: 140, height: 45))
        app.apply(.triage(.cardSorted(.advances)))
        app.apply(.saveFailed(InputError(file: "/tmp/x", "cannot write the file", kind: .ioFailure)))
        #expect(app.nextDeadline == app.now.addingTimeInterval(TriageState.markDuration))
        app.apply(.ticked(app.now.addingTimeInterval(TriageState.markDuration)))
        #expect(app.nextDeadline == app.flash?.until)
    }

    @Test func aRatingMarksAScorecardGaugeUntilItsMomentPasses() throws {
        var app = F.app(F.smallDeck)
        app.apply(.screenOpened(.scorecard))
        let statement = try #require(app.scorecard.selectedStatement)
        app.apply(.scorecard(.statementRated(id: statement.id, value: 4)))
        try #require(app.scorecard.markedGauge(at: app.now) != nil)
        #expect(app.nextDeadline == app.scorecard.markedUntil)
        app.apply(.ticked(app.scorecard.markedUntil))
        #expect(app.nextDeadline == nil)
    }

    @Test func reportsFromTheRunnerBecomeMessages() {
        var app = F.app(F.smallDeck)
        let url = URL(fileURLWithPath: "/tmp/ladder-triage-1.md")
        app.apply(.exportFinished(url))
        #expect(app.flash?.text == "Exported to /tmp/ladder-triage-1.md")
        #expect(app.flash?.role == .success)
        let failure = InputError(file: "/tmp/x.md", "cannot write the file", kind: .ioFailure)
        app.apply(.exportFailed(failure))
        #expect(app.flash?.text == "Export failed: /tmp/x.md: cannot write the file")
        #expect(app.flash?.role == .error)
        app.apply(.saveFailed(failure))
        #expect(app.flash?.text == "Could not save: /tmp/x.md: cannot write the file")
        #expect(app.flash?.role == .error)
    }
}
