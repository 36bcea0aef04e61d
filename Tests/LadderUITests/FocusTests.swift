import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

/// The terminal's cursor sits on the selected item of every screen, so that
/// screen readers and magnifiers follow the selection.
@Suite struct FocusTests {
    typealias F = TriageFixtures

    /// The text of the frame's row at the focus, from the focus on.
    func focused(_ frame: Frame) throws -> String {
        let focus = try #require(frame.focus)
        let row = frame.plainText.split(separator: "\n", omittingEmptySubsequences: false)[focus.y]
        return String(row.dropFirst(focus.x))
    }

    @Test func contentsFocusIsTheSelectedChapter() throws {
        var app = F.app(BundledDeck.deck)
        app.apply(.screenOpened(.home))
        F.press([.character("j"), .character("j")], on: &app)
        let title = app.module.chapters[2].title
        #expect(try focused(AppView.render(app)).contains(title))
        F.press([.character("k")], on: &app)
        #expect(try focused(AppView.render(app)).contains(app.module.chapters[1].title))
    }

    @Test func triageFocusIsTheCardsTitle() throws {
        var app = F.app(BundledDeck.deck)
        let title = try #require(app.triage?.session.current?.title)
        #expect(title.hasPrefix(try focused(AppView.render(app)).prefix(12)))
        F.press([.right], on: &app)
        let next = try #require(app.triage?.session.current?.title)
        #expect(next.hasPrefix(try focused(AppView.render(app)).prefix(12)))
    }

    @Test func scorecardFocusIsTheChosenStatement() throws {
        var app = F.app(BundledDeck.deck)
        app.apply(.screenOpened(.scorecard))
        F.press([.character("j")], on: &app)
        let frame = AppView.render(app)
        let focus = try #require(frame.focus)
        #expect(frame.base.cell(x: focus.x, y: focus.y)?.role == .selection)
        #expect(try focused(frame).contains("›"))
        #expect(focus.y > 0, "not the tab row, whose current tab is drawn selected")
    }

    @Test func helpFocusIsItsFirstRowAndTheReaderItsTopLine() throws {
        var app = F.app(BundledDeck.deck)
        app.apply(.chapterOpened(1))
        let reading = AppView.render(app)
        #expect(reading.focus?.y == 1)
        #expect(try !focused(reading).isEmpty)
        F.press([.character("?")], on: &app)
        #expect(try focused(AppView.render(app)).hasPrefix("Reading"))
    }

    @Test func aPromptsCursorWinsAndTheBackendIsToldWhetherToShowIt() {
        var app = F.app(BundledDeck.deck)
        app.apply(.screenOpened(.home))
        F.press([.character("/")], on: &app)
        let frame = AppView.render(app)
        #expect(frame.cursor?.y == app.size.height - 1)
        #expect(frame.showsFocus == false)
        app.showsCursor = true
        #expect(AppView.render(app).showsFocus)
    }

    @Test func everyScreenAndSizeHasAFocusOnScreen() {
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 200, height: 60)] {
            var app = F.app(BundledDeck.deck, size: size)
            for screen in Screen.allCases {
                app.apply(.screenOpened(screen))
                let frame = AppView.render(app)
                guard let focus = frame.focus else {
                    Issue.record("no focus on \(screen) at \(size)")
                    continue
                }
                #expect(focus.x >= 0 && focus.x < size.width && focus.y >= 0 && focus.y < size.height)
            }
        }
    }
}

/// Reduced motion: nothing on screen changes with time alone.
@Suite struct ReducedMotionTests {
    typealias F = TriageFixtures

    @Test func messagesStayUntilTheNextKey() {
        var app = F.app(BundledDeck.deck)
        app.reducedMotion = true
        app.apply(.flashed("Theme: light", .accent))
        #expect(app.nextDeadline == nil)
        app.apply(.ticked(app.now.addingTimeInterval(3600)))
        #expect(app.flash?.text == "Theme: light")
        app.dismissFlash()
        #expect(app.flash == nil)

        var moving = F.app(BundledDeck.deck)
        moving.apply(.flashed("Theme: light", .accent))
        #expect(moving.nextDeadline != nil)
        moving.apply(.ticked(moving.now.addingTimeInterval(3)))
        #expect(moving.flash == nil)
    }

    @Test func aGaugesMarkStaysUntilTheNextChange() throws {
        var still = F.app(BundledDeck.deck)
        still.reducedMotion = true
        var moving = still
        moving.reducedMotion = false
        for index in [0, 1] {
            var app = [still, moving][index]
            F.press([.right], on: &app)
            let marked = try #require(app.triage?.visibleMark(at: app.now))
            app.apply(.ticked(app.now.addingTimeInterval(60)))
            let later = app.triage?.visibleMark(at: app.now)
            #expect(index == 0 ? later == marked : later == nil)
            #expect(index == 0 ? app.nextDeadline == nil : true)
        }
    }

    @Test func theScorecardsMarkHoldsToo() {
        var app = F.app(BundledDeck.deck)
        app.reducedMotion = true
        app.apply(.screenOpened(.scorecard))
        F.press([.character("4")], on: &app)
        let marked = app.scorecard.markedGauge(at: app.now)
        app.apply(.ticked(app.now.addingTimeInterval(60)))
        #expect(marked != nil)
        #expect(app.scorecard.markedGauge(at: app.now) == marked)
    }
}
