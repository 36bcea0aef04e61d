import Foundation
import LadderCore
import TestSupport
import Testing

@testable import LadderUI

private typealias F = TriageFixtures

/// The feedback after a sort wraps onto the rows it needs, pushing the card
/// and its piles down, and is cut with "…" only when the terminal is small.
@Suite struct TriageFeedbackLayoutTests {
    /// A first card whose reason is a long single sentence.
    static let deck = Deck(
        title: "Long reasons",
        cards: [
            Card(
                id: "a", title: "Frame the retention problem nobody owns", verdict: .advances,
                rationale: "Undefined ground is where scope grows, because the person who names a problem "
                    + "that nobody owns is trusted with the next one and the one after that too. Later.",
                chapter: "measures", weights: LeverageWeights(problem: 2)),
            Card(id: "b", title: "Polish the status deck", verdict: .productive, chapter: "output"),
        ])

    /// The rows of `state`'s frame.
    private func rows(_ state: AppState) -> [String] {
        AppView.render(state).plainText.components(separatedBy: "\n")
    }

    /// The expected feedback text: the whole sentence and the chapter.
    private let reason =
        "✗ The lesson says ▲ advances you. Undefined ground is where scope grows, because the person who "
        + "names a problem that nobody owns is trusted with the next one and the one after that too. · chapter 2"

    @Test func at80x24TheWholeFeedbackShowsAboveTheCardAndItsPiles() throws {
        var app = F.app(Self.deck, size: Size(width: 80, height: 24))
        F.press([.left], on: &app)
        let screen = rows(app)
        let boxTop = try #require(screen.firstIndex { $0.contains("┌") })
        let feedback = screen[1..<boxTop].map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        #expect(feedback.joined(separator: " ") == reason)
        #expect(feedback.count == 3)
        #expect(!screen[1..<boxTop].joined().contains("…"), "nothing is cut at 80x24")
        #expect(screen[boxTop + 2].contains("Polish the status deck"))
        #expect(screen[boxTop + 1].contains("○ feels productive"), "the piles move down with the card")
    }

    @Test func at40x12TheFeedbackTakesTwoRowsEndsInAnEllipsisAndTheCardStays() throws {
        var app = F.app(Self.deck, size: Size(width: 40, height: 12))
        F.press([.left], on: &app)
        let screen = rows(app)
        let boxTop = try #require(screen.firstIndex { $0.contains("┌") })
        #expect(boxTop == 3, "two rows of feedback under the tabs, then the card")
        #expect(screen[1].trimmingCharacters(in: .whitespaces).hasPrefix("✗ The lesson says ▲ advances"))
        #expect(screen[2].trimmingCharacters(in: .whitespaces).hasSuffix("…"))
        #expect(screen.contains { $0.contains("Polish the status") })
        #expect(screen.contains { $0.contains("┘") }, "the card's box is whole")
        #expect(screen[10].contains("○") && screen[10].contains("▲"), "the piles' line stays")
    }

    @Test func theFeedbackAndTheCardNeverOverlapAtAnySize() {
        for width in [40, 60, 80, 100, 120, 160] {
            for height in [12, 16, 24, 40] {
                var app = F.app(Self.deck, size: Size(width: width, height: height))
                F.press([.left], on: &app)
                let layout = TriageLayout.of(app)
                guard let feedback = layout.feedback else {
                    Issue.record("no feedback at \(width)x\(height)")
                    continue
                }
                #expect(feedback.maxY <= layout.card.y, "\(width)x\(height)")
                #expect(feedback.y >= 1, "\(width)x\(height)")
                if let left = layout.leftPile, left.x < feedback.maxX {
                    #expect(left.y >= feedback.maxY || left.x >= feedback.maxX, "\(width)x\(height)")
                }
            }
        }
    }

    @Test func revealingTheReasonHidesTheFeedbackAndGivesTheRowsBack() {
        var app = F.app(Self.deck, size: Size(width: 80, height: 24))
        F.press([.left], on: &app)
        #expect(TriageLayout.of(app).feedback != nil)
        F.press([.enter], on: &app)
        #expect(TriageLayout.of(app).feedback == nil)
        #expect(TriageLayout.of(app).card.y == 2)
    }
}
