import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

/// The triage layouts a new user hit: nothing needed is dropped or cut
/// for good at 40x12, and the card is never narrower on a wider screen.
@Suite struct TriageLayoutTests {
    typealias F = TriageFixtures

    /// The width of the card's box: the longest run of "─" on its top edge, plus corners.
    func cardWidth(_ state: AppState) -> Int {
        let lines = AppView.render(state).plainText.components(separatedBy: "\n")
        guard let top = lines.first(where: { $0.contains("┌") }),
            let start = top.firstIndex(of: "┌"), let end = top.firstIndex(of: "┐")
        else { return 0 }
        return TextWidth.of(top[start...end])
    }

    @Test func theCardGetsNoLessRoomOnWiderScreens() {
        var widths: [Int] = []
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 140, height: 45)]
        {
            widths.append(cardWidth(F.app(BundledDeck.deck, size: size)))
        }
        #expect(widths[1] >= widths[0], "\(widths)")
        #expect(widths[2] >= widths[0], "\(widths)")
    }

    /// The context line is what the call turns on: at 80x24 every bundled
    /// card's detail is shown whole, never cut to its first lines.
    @Test func everyBundledCardsDetailIsShownWholeAt80x24() {
        let deck = BundledDeck.deck
        var app = F.app(deck, size: Size(width: 80, height: 24))
        for index in deck.cards.indices {
            let text = AppView.render(app).plainText
            let words = (deck.cards[index].detail ?? "").split(separator: " ")
            let shown = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" })
            #expect(words.last.map { shown.contains($0) } ?? true, "card \(index + 1)'s detail ends unseen")
            app.apply(.triage(.cardSorted(.advances)))
        }
    }

    /// At 40x12 the card has no room for its whole context line; the last
    /// line shown ends in "…" so that nobody takes it for the whole card.
    @Test func aCardWhoseDetailDoesNotFitSaysSoAtFortyByTwelve() throws {
        let app = F.app(BundledDeck.deck, size: Size(width: 40, height: 12))
        let lines = AppView.render(app).plainText.components(separatedBy: "\n")
        let top = try #require(lines.firstIndex { $0.contains("┌") })
        let bottom = try #require(lines.firstIndex { $0.contains("└") })
        let inside = lines[(top + 1)..<bottom].map { $0.trimmingCharacters(in: .whitespaces) }
        let detail = try #require(BundledDeck.deck.cards[0].detail)
        let lastWord = try #require(detail.split(separator: " ").last)
        #expect(!inside.joined(separator: " ").contains(lastWord), "the detail fits after all: \(inside)")
        let last = try #require(inside.last { $0.contains { $0.isLetter } })
        #expect(last.contains("…"), "\(inside)")
    }

    /// However long the title, a card at 40x12 shows the start of its
    /// context line before it is sorted.
    @Test func everyBundledCardShowsTheStartOfItsDetailAtFortyByTwelve() {
        let deck = BundledDeck.deck
        var app = F.app(deck, size: Size(width: 40, height: 12))
        for index in deck.cards.indices {
            let text = AppView.render(app).plainText
            let first = (deck.cards[index].detail ?? "").split(separator: " ").first
            let shown = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" })
            #expect(first.map { shown.contains($0) } ?? true, "card \(index + 1)'s detail is left out")
            app.apply(.triage(.cardSorted(.advances)))
        }
    }

    @Test func theGaugesColumnShowsThePilesWhenItHasRowsToSpare() {
        var app = F.app(BundledDeck.deck, size: Size(width: 120, height: 40))
        for index in 0..<16 { app.apply(.triage(.cardSorted(index % 3 == 0 ? .productive : .advances))) }
        let text = AppView.render(app).plainText
        #expect(text.contains("Leverage"))
        #expect(text.contains("○ feels productive"))
        #expect(text.contains("▲ advances you"))
        let lines = text.components(separatedBy: "\n")
        let panel = lines.map { String($0.dropFirst(70)).trimmingCharacters(in: .whitespaces) }
        var longestEmpty = 0
        var run = 0
        for line in panel.dropFirst(2).dropLast() {
            run = line.isEmpty ? run + 1 : 0
            longestEmpty = max(longestEmpty, run)
        }
        #expect(longestEmpty < 10, "\(longestEmpty) empty rows in the gauges column")
    }

    @Test func atFortyByTwelveBothPileHintsStayAndTheReasonScrolls() throws {
        var app = F.app(BundledDeck.deck, size: Size(width: 40, height: 12))
        let bar = AppView.render(app).base.text(row: 11)
        #expect(bar.contains("← productive"), "\(bar)")
        #expect(bar.contains("→ advances"), "\(bar)")
        F.press([.character(" ")], on: &app)
        let before = AppView.render(app).plainText
        #expect(before.contains("j ↓ more"), "\(before)")
        for _ in 0..<20 { F.press([.character("j")], on: &app) }
        let after = AppView.render(app).plainText
        #expect(after != before)
        #expect(after.contains("k ↑ more"), "\(after)")
        #expect((app.triage?.reasonTop ?? 0) > 0)
        let top = app.triage?.reasonTop ?? 0
        F.press([.character("j")], on: &app)
        #expect(app.triage?.reasonTop == top)
        F.press([.character("k")], on: &app)
        #expect(app.triage?.reasonTop == top - 1)
        F.press([.right], on: &app)
        #expect(app.triage?.reasonTop == 0)
    }
}
