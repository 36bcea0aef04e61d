import Foundation
import LadderCore
import LadderUI

/// A small room for the console's tests: two cards, a two-minute round and
/// a few participants who have sorted both, one with a note.
enum RoomConsoleFixtures {
    static let start = Date(timeIntervalSinceReferenceDate: 800_000_000)

    static func console(people: Int = 3, timer: TimeInterval? = 120) -> RoomConsoleState {
        let deck = Deck(
            title: "Two",
            cards: [
                Card(id: "a", title: "Answer every ping", verdict: .productive),
                Card(id: "b", title: "Own the problem", verdict: .advances),
            ])
        let settings = RoomSettings(
            title: "Tuesday", deck: DeckFingerprint(deck: deck), deckFile: "deck.md",
            deckSourceName: "deck.md",
            seed: 1, timerSeconds: timer, hideAnswers: true, restricted: false, createdAt: start)
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

    /// The app showing the console of `console()`.
    static func app(people: Int = 3, timer: TimeInterval? = 120) -> AppState {
        var state = AppState(
            module: BundledModule.module, moduleKey: "test", size: Size(width: 80, height: 24), now: start)
        state.room = console(people: people, timer: timer)
        state.screen = .room
        return state
    }
}
