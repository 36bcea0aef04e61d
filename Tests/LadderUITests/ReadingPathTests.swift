import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

/// A path through ladder: a welcome on the first run, chapters ticked only
/// once read, and reflection prompts answered in a wrapping field.
@Suite struct ReadingPathTests {
    let start = Date(timeIntervalSince1970: 1_000_000)

    func app(_ module: Module = SampleModule.module) -> AppState {
        AppState(module: module, moduleKey: "m", size: Size(width: 80, height: 24), now: start)
    }

    /// Presses each of `keys` after looking at the screen for `seconds`,
    /// ticking before the key (the time passed) and after it, as the runner does.
    func press(_ keys: [KeyEvent], seconds: Double = 1, on state: inout AppState) {
        for key in keys {
            state.apply(.ticked(state.now.addingTimeInterval(seconds)))
            if let action = Keymap.action(for: key, in: state) { state.apply(action) }
            state.apply(.ticked(state.now))
        }
    }

    @Test func flickingPastAChapterDoesNotCountAsReadingIt() {
        var state = app()
        press([.enter, .character("G"), .character("]")], seconds: 0.5, on: &state)
        #expect(state.finished.isEmpty)
        let needed = ReadingPace.minimumSeconds(for: SampleModule.module.chapters[0])
        #expect(needed > 10)
        #expect((state.secondsRead[SampleModule.module.chapters[0].id] ?? 0) < needed)
    }

    @Test func aChapterShownLongEnoughWithItsEndOnScreenCountsAsRead() {
        var state = app()
        let needed = ReadingPace.minimumSeconds(for: SampleModule.module.chapters[0])
        press([.enter], on: &state)
        press([.character("G")], seconds: needed / 2, on: &state)
        #expect(state.finished.isEmpty, "the end is on screen, but not for long enough yet")
        press([.character("k")], seconds: needed / 2 + 1, on: &state)
        #expect(state.finished == [0])
        let id = SampleModule.module.chapters[0].id
        #expect(state.secondsRead[id] ?? 0 >= needed)
        #expect(state.progress.secondsRead[id] == ReadingPace.savedSeconds(state.secondsRead[id] ?? 0))
    }

    @Test func timeAwayCountsOnlyUpToALongStretch() {
        var state = app()
        press([.enter], on: &state)
        press([.character("j")], seconds: 3600, on: &state)
        #expect(state.secondsRead[SampleModule.module.chapters[0].id] == ReadingPace.longestStretch)
    }

    @Test func theWelcomeClosesOnAnyKeyWhichStillActsAndOnEscAlone() {
        var state = app()
        state.showsWelcome = true
        let text = AppView.render(state).plainText
        #expect(text.contains("Welcome to ladder"))
        #expect(
            text.contains("F2") && text.contains("Triage") && text.contains("F3")
                && text.contains("Scorecard"))
        press([.escape], on: &state)
        #expect(!state.showsWelcome)
        #expect(state.screen == .home, "Esc only closed the welcome")
        state.showsWelcome = true
        press([.enter], on: &state)
        #expect(!state.showsWelcome)
        #expect(state.screen == .reader)
    }

    @Test func reflectionsAreAnsweredInAWrappingFieldAndSavedWithProgress() throws {
        var state = app(BundledModule.module)
        let prompts = ReflectionPrompt.prompts(in: BundledModule.module, chapter: 0)
        try #require(prompts.count >= 2)
        press([.enter, .character("a")], on: &state)
        #expect(state.entry?.target == .reflection(prompts[0]))
        let answer = String(repeating: "a long answer that wraps ", count: 6)
        press([.paste(answer), .enter], on: &state)
        #expect(state.progress.reflections[prompts[0].id]?.text == answer)
        press([.character("a")], on: &state)
        #expect(state.entry?.target == .reflection(prompts[1]), "a again goes to the next prompt")
        let frame = AppView.render(state)
        #expect(frame.plainText.contains("Your answer"))
        #expect(frame.cursor != nil)
        press([.escape], on: &state)
        #expect(state.progress.reflections.count == 1)
        let reopened = AppState(
            module: BundledModule.module, moduleKey: "m", size: Size(width: 80, height: 24), now: start,
            progress: state.progress)
        #expect(reopened.reflections == state.reflections)
        let markdown = try #require(
            ReflectionExport.markdown(state.reflections, module: BundledModule.module))
        #expect(markdown.hasPrefix("## Your reflections (1)\n\n> "))
        #expect(markdown.contains("a long answer that wraps"))
    }
}
