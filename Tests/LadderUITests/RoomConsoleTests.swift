import Foundation
import LadderCore
import LadderUI
import Testing

/// The facilitator's console as the app's `.room` screen, driven by keys,
/// clicks and time, without a terminal.
@Suite struct RoomConsoleTests {
    typealias F = RoomConsoleFixtures
    private let start = F.start

    private func app(people: Int = 3) -> AppState { F.app(people: people) }

    private func press(_ keys: [KeyEvent], on state: inout AppState) {
        for key in keys {
            if let action = Keymap.action(for: key, in: state) { state.apply(action) }
        }
    }

    private func timer(_ state: AppState) -> String? { state.room?.timerText }

    @Test func keysSteerTheRoundAndMarkTheControlForWriting() {
        var state = app()
        #expect(timer(state) == "waiting · 2m round")
        press([.character("s")], on: &state)
        #expect(state.room?.controlChanged == true)
        #expect(state.room?.control.timer?.startedAt == start)
        #expect(state.flash?.text == "started")
        state.apply(.room(.controlSaved))
        #expect(state.room?.controlChanged == false)
        state.apply(.ticked(start.addingTimeInterval(100)))
        #expect(timer(state) == "▶ 0:20 (last 30 s)")
        press([.character("+")], on: &state)
        #expect(timer(state) == "▶ 1:20")
        press([.character("p")], on: &state)
        #expect(timer(state) == "⏸ 1:20 paused")
        press([.character("l")], on: &state)
        #expect(timer(state) == "locked")
        press([.character("l")], on: &state)
        #expect(state.room?.control.lockedAt == nil)
        press([.character("r")], on: &state)
        #expect(state.room?.confirmingReveal == true && state.room?.control.isRevealed == false)
        #expect(Keymap.tables(in: state).first?.title == RoomConsoleBindings.confirm.title)
        press([.character("n")], on: &state)
        #expect(state.room?.control.isRevealed == false && state.flash?.text == "not revealed")
        press([.character("r"), .character("y")], on: &state)
        #expect(state.room?.control.isRevealed == true)
        #expect(timer(state) == "revealed")
        #expect(state.room?.control.revision == 6)
        press([.character("q")], on: &state)
        #expect(state.isQuitting)
    }

    @Test func theScreenShowsPeopleSplitsAndNotesMostContestedFirstWithoutTabs() {
        let text = AppView.render(app()).plainText
        let lines = text.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix(" Tuesday"))
        #expect(lines[0].hasSuffix("3 joined · waiting · 2m round"))
        #expect(lines[1].contains("✓ P0 2/2"))
        let first = lines.firstIndex { $0.contains("Answer every ping") } ?? -1
        let second = lines.firstIndex { $0.contains("Own the problem") } ?? -1
        #expect(first >= 0 && first < second, "2–1 comes before 0–3")
        #expect(lines[first].hasPrefix(" ○  2 "))
        #expect(lines[first].contains(" 1 ▲  Answer every ping"))
        #expect(lines[second + 1] == "    P1: it is the job")
        #expect(lines[23].hasPrefix(" s start  + 1 min"))
        #expect(!text.contains("F1 Contents"))
    }

    @Test func theKeysAreTheBindingTablesInHelpHintsAndTheReadme() {
        var state = app()
        let hints = AppView.hints(for: state).map { "\($0.key) \($0.label)" }
        #expect(
            hints == [
                "s start", "+ 1 min", "l lock", "r reveal", "j/k scroll", "? help", "q quit",
            ])
        var running = state
        press([.character("s")], on: &running)
        #expect(AppView.hints(for: running).prefix(2).map(\.label) == ["pause", "1 min"])
        press([.character("r"), .character("y")], on: &running)
        let afterReveal = AppView.hints(for: running).map { "\($0.key) \($0.label)" }
        #expect(
            afterReveal == ["j/k scroll", "? help", "q quit"], "the round is over: nothing left to steer")
        state.apply(.helpToggled)
        let help = HelpContent.lines(in: state).map(\.text)
        #expect(help.contains("Room console"))
        #expect(help.contains("reveal the lesson's verdicts to everyone (asks first; also locks)"))
        #expect(!help.contains("search every chapter"), "the lesson's keys are not the console's")
        #expect(KeysMarkdown.render().contains("`room.reveal`"))
        #expect(Keymap.action(for: .tab, in: app()) == nil, "no tabs to switch to")
        #expect(Keymap.action(for: .character("/"), in: app()) == nil)
    }

    @Test func escapeSaysNoToTheRevealAndOtherwiseDoesNothing() {
        var state = app()
        press([.escape], on: &state)
        #expect(state == app(), "nothing further back than the console")
        press([.character("r")], on: &state)
        let hints = AppView.hints(for: state).map { "\($0.key) \($0.label)" }
        #expect(hints == ["y reveal", "Esc not yet", "? help", "q quit"])
        press([.escape], on: &state)
        #expect(state.room?.confirmingReveal == false && state.room?.control.isRevealed == false)
        #expect(state.flash?.text == "not revealed")
        #expect(state.screen == .room)
    }

    @Test func theMouseClicksPeopleCardsAndHintsAndTheWheelScrolls() throws {
        var state = app()
        state.apply(.resized(Size(width: 40, height: 8)))
        let person = MouseEvent(.press(.left), column: 2, row: 1)
        state.apply(try #require(Keymap.action(for: person, in: state)))
        #expect(state.flash?.text == "P0: 2 of 2 sorted, finished, agreed with the lesson on 1 of 2")
        let card = MouseEvent(.press(.left), column: 10, row: state.room?.headerHeight ?? 0)
        state.apply(try #require(Keymap.action(for: card, in: state)))
        #expect(state.flash?.text.hasPrefix("Answer every ping: 2 feel productive, 1 advance you") == true)
        let wheel = MouseEvent(.wheelDown, column: 10, row: 4)
        state.apply(try #require(Keymap.action(for: wheel, in: state)))
        #expect(state.room?.scroll == state.room?.maxScroll)
        var wide = app()
        let placed = StatusBar.placed(AppView.hints(for: wide), width: 80, message: nil)
        let startHint = try #require(placed.first { $0.hint.label == "start" })
        let click = MouseEvent(.press(.left), column: startHint.x, row: 23)
        wide.apply(try #require(Keymap.action(for: click, in: wide)))
        #expect(wide.room?.control.timer?.hasStarted == true)
        let tabRow = MouseEvent(.press(.left), column: 2, row: 0)
        #expect(Keymap.action(for: tabRow, in: wide) == nil, "row 0 is the header, not tabs")
    }

    @Test func scrollingStopsAtTheEndsAndTinyWindowsSaySo() {
        var state = app()
        state.apply(.resized(Size(width: 40, height: 8)))
        press(Array(repeating: .character("j"), count: 10), on: &state)
        #expect(state.room?.scroll == 1)
        press([.character("g")], on: &state)
        #expect(state.room?.scroll == 0)
        state.apply(.resized(Size(width: 10, height: 3)))
        if let room = state.room { #expect(RoomConsoleView.render(room).plainText.contains("Make the")) }
    }
}
