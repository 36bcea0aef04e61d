import LadderCore
import Testing

@Suite struct DeckBundledTests {
    private let deck = BundledDeck.deck
    private let ids = BundledModule.module.chapters.map(\.id)

    @Test func parsesWithoutErrors() throws {
        let loaded = try BundledDeck.load()
        #expect(loaded == deck)
        #expect(deck.title == "Output or leverage?")
    }

    @Test func everyCardIsComplete() {
        #expect(deck.cards.count >= 44)
        #expect(deck.hasVerdicts)
        #expect(Set(deck.cards.map(\.id)).count == deck.cards.count)
        for card in deck.cards {
            #expect(card.rationale?.isEmpty == false, "\(card.id) has no rationale")
            #expect(ids.contains(card.chapter ?? ""), "\(card.id) has no chapter")
            #expect(card.group != nil, "\(card.id) has no group")
            #expect(card.title.count <= 90, "\(card.id) title is long")
        }
    }

    @Test func everyChapterAndBothVerdictsAppear() {
        #expect(Set(deck.cards.compactMap(\.chapter)) == Set(ids.dropLast()))
        let productive = deck.cards.filter { $0.verdict == .productive }.count
        let advances = deck.cards.filter { $0.verdict == .advances }.count
        #expect(productive >= 15)
        #expect(advances >= 15)
    }

    @Test func weightsAreMeaningful() {
        for card in deck.cards {
            let values = [
                card.weights.problem, card.weights.team, card.weights.timing, card.weights.scope,
                card.weights.narrative,
            ]
            let nonZero = values.filter { $0 != 0 }
            #expect((1...3).contains(nonZero.count), "\(card.id) weighs on \(nonZero.count) dimensions")
            if card.verdict == .productive {
                #expect(nonZero.allSatisfy { $0 < 0 }, "\(card.id) feels productive but builds leverage")
            } else {
                #expect(nonZero.contains { $0 > 0 }, "\(card.id) advances you but builds nothing")
            }
        }
    }

    @Test func someCardsAreHonestlyDebatable() {
        let debatable = deck.cards.filter { $0.rationale?.hasPrefix("Debatable:") == true }
        #expect(debatable.count >= 4)
        #expect(Set(debatable.map(\.verdict)).count == 2)
    }

    @Test func theLessonsFivePairsArePresent() {
        let pairs: [(productive: String, advances: String)] = [
            ("clear the backlog", "never be built"),
            ("comprehensive spec", "one insight"),
            ("every meeting", "absence"),
            ("every request", "focus"),
            ("small improvements", "one bet"),
        ]
        for pair in pairs {
            #expect(has(pair.productive, .productive), "missing \(pair.productive)")
            #expect(has(pair.advances, .advances), "missing \(pair.advances)")
        }
    }

    @Test func theChaptersMovesAreCovered() {
        let topics: [(String, Verdict)] = [
            ("beloved initiative", .advances), ("scary", .advances), ("laterally", .advances),
            ("manager who grows people", .advances), ("record of your impact", .advances),
            ("week leadership commits", .advances), ("quarter after", .productive), ("outcomes", .advances),
            ("credit generously", .advances), ("ic or management", .advances),
            ("feature every week", .productive), ("more experiments", .productive),
            ("polishing the review slides", .productive),
        ]
        for (keyword, verdict) in topics {
            #expect(has(keyword, verdict), "missing \(keyword)")
        }
    }

    /// True when a card with `verdict` mentions `keyword` in its title.
    private func has(_ keyword: String, _ verdict: Verdict) -> Bool {
        deck.cards.contains { $0.verdict == verdict && $0.title.lowercased().contains(keyword) }
    }
}
