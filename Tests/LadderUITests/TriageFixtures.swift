import Foundation
import LadderCore
import LadderUI

/// Decks and app states for the triage tests.
enum TriageFixtures {
    /// The moment every test starts at.
    static let start = Date(timeIntervalSince1970: 1_000_000)

    /// Four teaching cards: 1 and 3 advance you, 2 and 4 feel productive,
    /// each weighing on a different gauge.
    static let smallDeck = Deck(
        title: "Small deck",
        cards: [
            Card(
                id: "a", title: "Frame the retention problem nobody owns",
                detail: "Nobody has defined it yet.",
                verdict: .advances, rationale: "Undefined ground is where scope grows.", chapter: "measures",
                group: "Scope", weights: LeverageWeights(problem: 2, scope: 1)),
            Card(
                id: "b", title: "Answer every request within the hour", verdict: .productive,
                rationale: "Fast replies let the loudest request set the agenda.", chapter: "promoted",
                weights: LeverageWeights(narrative: -1)),
            Card(
                id: "c", title: "Unblock the designer this week", verdict: .advances,
                rationale: "A team that moves faster multiplies you.", chapter: "choosing",
                weights: LeverageWeights(team: 2)),
            Card(
                id: "d", title: "Polish the status deck", verdict: .productive,
                rationale: "Polish is not progress.", chapter: "output", weights: LeverageWeights(scope: -1)),
        ])

    /// A real backlog: no verdicts, some weights, some detail.
    static let backlog = Deck(
        title: "Q3 backlog",
        cards: [
            Card(id: "1", title: "Dark mode", detail: "Asked for by three customers.", group: "UI"),
            Card(id: "2", title: "Pricing experiment", detail: "Could change revenue mix."),
            Card(id: "3", title: "Refactor the settings page", weights: LeverageWeights(problem: -1)),
        ])

    /// `count` cards with alternating verdicts and weights on every gauge.
    static func largeDeck(_ count: Int) -> Deck {
        let ids = ["ladder", "measures", "output", "promoted", "tracks", "leverage", "choosing", "narrative"]
        let cards = (0..<count).map { number in
            Card(
                id: "card-\(number)", title: "Backlog item number \(number)",
                verdict: number % 2 == 0 ? .advances : .productive,
                rationale: "Because \(number).", chapter: ids[number % ids.count],
                weights: LeverageWeights(
                    problem: number % 5 - 2, team: number % 3 - 1, timing: number % 4 - 2, scope: number % 2,
                    narrative: 1 - number % 3))
        }
        return Deck(title: "Large deck", cards: cards)
    }

    /// The app on the triage screen with `deck`, reading `module`.
    static func app(
        _ deck: Deck, size: Size = Size(width: 80, height: 24), module: Module = BundledModule.module
    ) -> AppState {
        var state = AppState(module: module, moduleKey: "test", size: size, now: start)
        state.triage = TriageState(session: TriageSession(deck: deck, startedAt: start))
        state.apply(.screenOpened(.triage))
        return state
    }

    /// Presses `keys` one by one, a second apart, as the keymap reads them.
    static func press(_ keys: [KeyEvent], on state: inout AppState) {
        for key in keys {
            state.apply(.ticked(state.now.addingTimeInterval(1)))
            if let action = Keymap.action(for: key, in: state) { state.apply(action) }
        }
    }

    /// Presses `key` `count` times.
    static func press(_ key: KeyEvent, times count: Int, on state: inout AppState) {
        press(Array(repeating: key, count: count), on: &state)
    }
}
