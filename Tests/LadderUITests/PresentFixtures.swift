import Foundation
import LadderCore
import LadderUI

/// A small room for the presentation and report browser tests: three
/// cards, four people; card a splits 2–2, card b 3–1, card c is left open
/// by the lesson and splits 1–1.
enum PresentFixtures {
    static let deck = Deck(
        title: "Three",
        cards: [
            Card(id: "a", title: "Answer every ping", verdict: .productive, rationale: "Speed is not scope."),
            Card(id: "b", title: "Own the problem", verdict: .advances, rationale: "Scope grows with it."),
            Card(
                id: "c", title: "Rewrite the plan", chapter: "leverage",
                readings: ContestedReadings(productive: "Motion again.", advances: "The real move.")),
        ])

    static func report(people: Int = 4, skipped: [RoomReport.SkippedFile] = []) -> RoomReport {
        let fingerprint = DeckFingerprint(deck: deck)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let piles: [[Verdict?]] = [
            [.productive, .advances, .productive], [.advances, .advances, .advances],
            [.productive, .advances, nil], [.advances, .productive, nil],
        ]
        let names = ["Ana", "Bo", "Cy", "Dee"]
        let ids = ["a", "b", "c"]
        var results: [ParticipantResults] = []
        for index in 0..<people {
            var cards: [CardResult] = []
            for (place, id) in ids.enumerated() {
                let note: String? = id == "a" && index < 2 ? "note \(index + 1)" : nil
                cards.append(CardResult(id: id, pile: piles[index % 4][place], note: note))
            }
            let scorecard: [String: Double] = ["problem": Double(50 + index * 10)]
            results.append(
                ParticipantResults(
                    deck: fingerprint, seed: 3, room: "Guild",
                    participant: .init(id: "p\(index)", name: names[index % 4]),
                    times: .init(joinedAt: start, updatedAt: start), answersHidden: true, cards: cards,
                    agreement: nil, scorecard: scorecard))
        }
        return RoomReport(
            title: "Guild", round: RoundKey(deck: fingerprint, seed: 3), deck: deck,
            results: results.map { (file: "\($0.participant.name).json", results: $0) }, skipped: skipped)
    }

    static func app(_ size: Size, present: PresentState? = nil) -> AppState {
        var state = AppState(
            module: SampleModuleForPresent.module, moduleKey: "present", size: size,
            now: Date(timeIntervalSince1970: 0))
        state.present = present ?? PresentState(module: state.module)
        state.screen = .present
        return state
    }
}

/// A module with key ideas, reflection prompts and takeaways.
enum SampleModuleForPresent {
    static let module = Module(
        meta: ModuleMeta(title: "Small Talk", subtitle: "A module to present", module: "Module 0 · Tests"),
        chapters: [
            Chapter(
                id: "one", title: "Scope",
                blocks: [
                    .paragraph([Span("Not on a slide.")]),
                    .heading([Span("Key ideas")]),
                    .list(
                        items: [
                            [
                                Span("Take the problem nobody framed, "), Span("and frame it", .strong),
                                Span("."),
                            ],
                            [Span("Scope is what you are trusted to decide without asking first.")],
                        ], ordered: false),
                    .heading([Span("Reflect")]),
                    .quote([Span("Which decision did you last make alone?")]),
                ]),
            Chapter(
                id: "takeaways", title: "Key Takeaways",
                blocks: [.list(items: [[Span("Frame before you ship.")]], ordered: false)]),
        ])
}
