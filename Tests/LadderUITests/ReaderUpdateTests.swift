import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

@Suite struct ReaderUpdateTests {
    let start = Date(timeIntervalSince1970: 1_000_000)

    func state(_ width: Int = 80, _ height: Int = 24) -> AppState {
        AppState(
            module: SampleModule.module, moduleKey: "sample", size: Size(width: width, height: height),
            now: start)
    }

    func press(_ keys: [KeyEvent], on state: inout AppState) {
        for key in keys {
            if let action = Keymap.action(for: key, in: state) { state.apply(action) }
        }
    }

    @Test func opensTheSelectedChapterFromHome() {
        var app = state()
        press([.down, .enter], on: &app)
        #expect(app.screen == .reader)
        #expect(app.reader.chapter == 1)
        #expect(app.reader.top == 0)
    }

    @Test func scrollsLikeLess() {
        var app = state(60, 12)
        app.apply(.chapterOpened(0))
        press([.character("j"), .character("j")], on: &app)
        #expect(app.reader.top == 2)
        press([.character("k")], on: &app)
        #expect(app.reader.top == 1)
        press([.character(" ")], on: &app)
        #expect(app.reader.top == 1 + 9)
        press([.character("G")], on: &app)
        #expect(app.reader.top == app.reader.maxTop(height: 10))
        app.apply(.ticked(app.now))
        app.apply(.ticked(app.now.addingTimeInterval(ReadingPace.longestStretch)))
        #expect(app.finished.contains(0), "read once it has had long enough on screen")
        press([.character("g")], on: &app)
        #expect(app.reader.top == 0)
        press([.character("k"), .up], on: &app)
        #expect(app.reader.top == 0)
    }

    @Test func stepsChaptersAndStopsAtTheEnds() {
        var app = state()
        app.apply(.chapterOpened(0))
        press([.character("]"), .character("]"), .character("]")], on: &app)
        #expect(app.reader.chapter == 2)
        #expect(app.flash?.text == "This is the last chapter")
        press([.character("[")], on: &app)
        #expect(app.reader.chapter == 1)
    }

    @Test func escapeGoesBackHomeWithTheChapterSelected() {
        var app = state()
        app.apply(.chapterOpened(2))
        press([.escape], on: &app)
        #expect(app.screen == .home)
        #expect(app.selectedChapter == 2)
    }

    @Test func searchFindsAcrossChaptersAndSteps() throws {
        var app = state()
        press([.character("/")], on: &app)
        for character in "leverage" { press([.character(character)], on: &app) }
        #expect(app.searchPrompt == "leverage")
        press([.enter], on: &app)
        let search = try #require(app.search)
        #expect(search.matches.count == 1)
        #expect(app.screen == .reader)
        #expect(app.reader.chapter == 2)
        #expect(app.flash?.text == "Match 1 of 1")
        press([.character("n")], on: &app)
        #expect(app.flash?.text == "Match 1 of 1 (wrapped)")
    }

    @Test func searchIsCaseInsensitiveAndSaysWhenNothingMatches() {
        var app = state()
        app.apply(.searchStarted)
        for character in "SENTENCE 3 " { app.apply(.searchTyped(character)) }
        app.apply(.searchSubmitted)
        #expect((app.search?.matches.count ?? 0) >= 2)
        app.apply(.searchStarted)
        for character in "zzz" { app.apply(.searchTyped(character)) }
        app.apply(.searchSubmitted)
        #expect(app.search == nil)
        #expect(app.flash?.text == "Pattern not found: zzz")
        app.apply(.ticked(start.addingTimeInterval(10)))
        #expect(app.flash == nil)
    }

    @Test func resizeReflowsAndKeepsTheParagraphInView() throws {
        var app = state(80, 24)
        app.apply(.chapterOpened(1))
        app.apply(.scrolled(.lines(6)))
        let anchor = try #require(app.reader.layout.anchor(at: app.reader.top))
        app.apply(.resized(Size(width: 40, height: 12)))
        let lines = app.reader.layout.lines
        let visible = lines[app.reader.top..<min(lines.count, app.reader.top + 10)]
        #expect(
            visible.contains {
                $0.unit == anchor.unit && $0.start <= anchor.offset && anchor.offset <= $0.end
            })
        #expect(app.reader.layout.width == ReaderView.measure(for: Size(width: 40, height: 12)))
    }

    @Test func progressRoundTripsThroughRestart() {
        var app = state()
        app.apply(.chapterOpened(1))
        app.apply(.scrolled(.lines(5)))
        let saved = app.progress
        let again = AppState(
            module: SampleModule.module, moduleKey: "sample", size: Size(width: 80, height: 24), now: start,
            progress: saved)
        #expect(again.screen == .reader)
        #expect(again.reader.chapter == 1)
        #expect(again.reader.top == app.reader.top)
    }

    @Test func tooSmallOnlyQuits() {
        var app = state(10, 3)
        #expect(app.isTooSmall)
        #expect(Keymap.action(for: .character("j"), in: app) == nil)
        press([.character("q")], on: &app)
        #expect(app.isQuitting)
    }

    @Test func everySizeRendersWithoutCrashing() {
        for width in [0, 1, 2, 5, 29, 30, 31, 40, 80] {
            for height in [0, 1, 2, 7, 8, 12] {
                var app = state(width, height)
                app.apply(.chapterOpened(1))
                app.apply(.helpToggled)
                app.apply(.scrolled(.bottom))
                let frame = AppView.render(app)
                #expect(frame.size == Size(width: width, height: height))
            }
        }
    }

    @Test func helpScrollsWhenTallerThanTheTerminal() {
        var app = state(40, 12)
        app.apply(.chapterOpened(0))
        press([.character("?")], on: &app)
        #expect(app.showsHelp)
        let hidden = HelpOverlay.hiddenLines(for: app)
        #expect(hidden > 0)
        let first = AppView.render(app).plainText
        press([.down], on: &app)
        #expect(app.helpTop == 1)
        #expect(AppView.render(app).plainText != first)
        for _ in 0..<(hidden + 5) { press([.down], on: &app) }
        #expect(app.helpTop == hidden)
        press([.escape], on: &app)
        #expect(!app.showsHelp)
        #expect(app.screen == .reader)
    }

    @Test func escapeReturnsToTheScreenThatOpenedTheChapter() {
        var app = state()
        app.screen = .scorecard
        app.apply(.chapterOpened(1))
        #expect(app.screen == .reader)
        press([.escape], on: &app)
        #expect(app.screen == .scorecard)
        app.apply(.screenOpened(.home))
        app.apply(.chapterOpened(1))
        press([.escape], on: &app)
        #expect(app.screen == .home)
    }

    @Test func controlCInTheSearchPromptCancelsIt() {
        var app = state()
        press([.character("/"), .character("x"), .control("u")], on: &app)
        #expect(app.searchPrompt == "")
        press([.control("c")], on: &app)
        #expect(app.searchPrompt == nil)
        #expect(!app.isQuitting)
        press([.control("c")], on: &app)
        #expect(app.isQuitting)
    }
}
