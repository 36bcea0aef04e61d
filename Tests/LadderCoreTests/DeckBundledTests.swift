import LadderCore
import Testing

/// The shipped deck: complete, balanced, contested where the lesson pulls
/// both ways, and named by chapter id.
@Suite struct DeckBundledTests {
    private let deck = BundledDeck.deck
    private let ids = BundledModule.module.chapters.map(\.id)
    private var judged: [Card] { deck.cards.filter { !$0.isContested } }
    private var contested: [Card] { deck.cards.filter(\.isContested) }

    @Test func parsesWithoutErrors() throws {
        let loaded = try BundledDeck.load()
        #expect(loaded == deck)
        #expect(deck.title == "Output or leverage?")
        #expect(deck.cards.count >= 80)
        #expect(deck.hasVerdicts)
        #expect(Set(deck.cards.map(\.id)).count == deck.cards.count)
    }

    @Test func everyCardReadsLikeATicketWithContext() {
        for card in deck.cards {
            #expect(card.title.count <= 90, "\(card.id): the title is long")
            #expect(card.group != nil, "\(card.id) has no group")
            let detail = card.detail ?? ""
            #expect(!detail.isEmpty && !detail.contains("\n"), "\(card.id) needs one line of context")
            #expect(ids.contains(card.chapter ?? ""), "\(card.id) names no chapter of the notes")
        }
    }

    @Test func judgedCardsHaveAVerdictAndAReason() {
        for card in judged {
            #expect(card.verdict != nil, "\(card.id) has no verdict")
            #expect((card.rationale?.count ?? 0) >= 60, "\(card.id) has no real rationale")
        }
    }

    @Test func theVerdictsAreBalanced() {
        let productive = judged.filter { $0.verdict == .productive }.count
        let advances = judged.filter { $0.verdict == .advances }.count
        #expect(productive >= 30 && advances >= 30)
        #expect(abs(productive - advances) <= 4, "\(productive) productive against \(advances) advances")
    }

    @Test func contestedCardsGiveBothReadingsEachNamingAPrinciple() throws {
        #expect((8...12).contains(contested.count))
        for card in contested {
            #expect(card.verdict == nil)
            let readings = try #require(card.readings)
            for reading in [readings.productive, readings.advances] {
                let principle = reading.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
                #expect(
                    reading.contains(":") && principle.count <= 30 && reading.count >= 60,
                    "\(card.id): \"\(reading)\" should start with the principle it rests on")
            }
            #expect(readings.productive != readings.advances)
        }
    }

    @Test func everyChapterOfTheArgumentIsUsed() {
        let used = Set(deck.cards.compactMap(\.chapter))
        for id in ids where id != "takeaways" {
            #expect(used.contains(id), "no card is defended from \(id)")
        }
        let perChapter = Dictionary(grouping: judged, by: { $0.chapter ?? "" }).mapValues(\.count)
        #expect(perChapter.values.allSatisfy { $0 <= 16 }, "one chapter carries too much: \(perChapter)")
    }

    @Test func weightsFollowTheVerdict() {
        for card in deck.cards {
            let weights = card.weights
            let values = [
                weights.problem, weights.team, weights.timing, weights.scope, weights.narrative,
                weights.compounding,
            ]
            let nonZero = values.filter { $0 != 0 }
            #expect((1...3).contains(nonZero.count), "\(card.id) weighs on \(nonZero.count) dimensions")
            switch card.verdict {
            case .productive?:
                #expect(nonZero.allSatisfy { $0 < 0 }, "\(card.id) feels productive but builds leverage")
            case .advances?:
                #expect(nonZero.contains { $0 > 0 }, "\(card.id) advances you but builds nothing")
            case nil:
                #expect(
                    nonZero.contains { $0 > 0 } && nonZero.contains { $0 < 0 },
                    "\(card.id) should pull both ways")
            }
        }
        #expect(deck.cards.contains { $0.weights.compounding != 0 })
    }

    @Test func noTitleGivesItsVerdictAway() {
        let giveaways = [
            "to look", "until someone", "because it is safe", "tractable", "busywork", "busy work",
            "for its own sake",
            "vanity", "to seem", "to appear", "just to", "so people notice", "to get noticed",
        ]
        for card in deck.cards {
            let title = card.title.lowercased()
            for phrase in giveaways {
                #expect(!title.contains(phrase), "\(card.id): \"\(phrase)\" gives the verdict away")
            }
        }
    }

    @Test func noTwoTitlesAreNearDuplicates() {
        let words = deck.cards.map { Self.contentWords($0.title) }
        for first in words.indices {
            for second in words.indices where second > first {
                let shared = words[first].intersection(words[second]).count
                let smaller = min(words[first].count, words[second].count)
                #expect(
                    shared * 2 < smaller || shared < 3,
                    "\(deck.cards[first].id) and \(deck.cards[second].id) share \(shared) words")
            }
        }
    }

    /// The title's words of four letters or more, lowercased.
    private static func contentWords(_ title: String) -> Set<String> {
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return Set(words.map(String.init).filter { $0.count >= 4 })
    }
}
