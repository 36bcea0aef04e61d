import Foundation
import LadderCore
import LadderUI
import Testing

/// The facilitator's console driven by keys and time, without a terminal.
@Suite struct RoomConsoleTests {
    private let start = Date(timeIntervalSinceReferenceDate: 800_000_000)

    private func console(people: Int = 3) -> RoomConsoleState {
        let deck = Deck(
            title: "Two",
            cards: [
                Card(id: "a", title: "Answer every ping", verdict: .productive),
                Card(id: "b", title: "Own the problem", verdict: .advances),
            ])
        let settings = RoomSettings(
            title: "Tuesday", deck: DeckFingerprint(deck: deck), deckFile: "deck.md",
            deckSourceName: "deck.md",
            seed: 1, timerSeconds: 120, hideAnswers: true, restricted: false, createdAt: start)
        let results = (0..<people).map { index in
            ParticipantResults(
                deck: settings.deck, seed: 1, room: "Tuesday",
                participant: .init(id: "p\(index)", name: "P\(index)"),
                times: .init(joinedAt: start, updatedAt: start), answersHidden: true,
                cards: [
                    CardResult(id: "a", pile: index == 0 ? .advances : .productive),
                    CardResult(id: "b", pile: .advances, note: index == 1 ? "it is the job" : nil),
                ], agreement: nil, scorecard: [:])
        }
        let report = RoomReport(
            title: "Tuesday", round: RoundKey(deck: settings.deck, seed: 1), deck: deck,
            results: results.map { (file: $0.participant.name, results: $0) }, skipped: [])
        return RoomConsoleState(
            settings: settings, control: RoomControl(settings: settings), report: report, now: start,
            size: Size(width: 80, height: 24))
    }

    @Test func keysSteerTheRoundAndMarkTheControlForWriting() {
        var state = console()
        #expect(state.timerText == "waiting · 2m round")
        state.apply(.key(.character("s")))
        #expect(state.controlChanged)
        #expect(state.control.timer?.startedAt == start)
        state.controlSaved()
        state.apply(.ticked(start.addingTimeInterval(100)))
        #expect(state.timerText == "▶ 0:20 (last 30 s)")
        state.apply(.key(.character("+")))
        #expect(state.timerText == "▶ 1:20")
        state.apply(.key(.character("p")))
        #expect(state.timerText == "⏸ 1:20 paused")
        state.apply(.key(.character("l")))
        #expect(state.timerText == "locked")
        state.apply(.key(.character("l")))
        #expect(state.control.lockedAt == nil)
        state.apply(.key(.character("r")))
        #expect(state.confirmingReveal && !state.control.isRevealed)
        state.apply(.key(.character("n")))
        #expect(!state.control.isRevealed && state.message == "not revealed")
        state.apply(.key(.character("r")))
        state.apply(.key(.character("y")))
        #expect(state.control.isRevealed)
        #expect(state.timerText == "revealed")
        #expect(state.control.revision == 6)
        state.apply(.key(.character("q")))
        #expect(state.isQuitting)
    }

    @Test func theScreenShowsPeopleSplitsAndNotesMostContestedFirst() {
        let text = RoomConsoleView.render(console()).plainText
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
        #expect(lines[23].contains("s start"))
    }

    @Test func scrollingStopsAtTheEndsAndTinyWindowsSaySo() {
        var state = console()
        state.apply(.resized(Size(width: 40, height: 7)))
        for _ in 0..<10 { state.apply(.key(.character("j"))) }
        #expect(state.scroll == 1)
        state.apply(.key(.character("g")))
        #expect(state.scroll == 0)
        state.apply(.resized(Size(width: 10, height: 3)))
        #expect(RoomConsoleView.render(state).plainText.contains("Make the"))
    }
}
