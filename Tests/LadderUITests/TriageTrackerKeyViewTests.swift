import LadderCore
import LadderUI
import TestSupport
import Testing

/// The card and the summary show a real backlog's tracker key.
@Suite struct TriageTrackerKeyViewTests {
    typealias F = TriageFixtures

    static let deck = Deck(
        title: "Payments",
        cards: [
            Card(id: "PAY-101", title: "Fix the checkout timeout", group: "Checkout", trackerKey: "PAY-101"),
            Card(id: "12", title: "Fix the checkout timeout", trackerKey: "12"),
        ])

    @Test(arguments: [(80, 24), (40, 12)])
    func theCardsTopEdgeNamesItsKeyBesideItsGroup(width: Int, height: Int) {
        var app = F.app(Self.deck, size: Size(width: width, height: height))
        #expect(AppView.render(app).plainText.contains("PAY-101 · Checkout"))
        F.press([.right], on: &app)
        #expect(AppView.render(app).plainText.contains("─ #12 ─"))
    }

    @Test func theSummaryListsEachItemWithItsKey() {
        var app = F.app(Self.deck)
        F.press([.right, .left], on: &app)
        #expect(app.triage?.showsSummary == true)
        let shown = AppView.render(app).plainText
        #expect(shown.contains("PAY-101 Fix the checkout timeout"))
        #expect(shown.contains("#12 Fix the checkout timeout"))
    }
}

/// Skipping the only card left says so instead of showing it again silently.
@Suite struct TriageLastCardSkipTests {
    @Test func skippingTheLastCardLeftSaysItIsTheLast() {
        var app = TriageFixtures.app(TriageTrackerKeyViewTests.deck)
        TriageFixtures.press([.character("s")], on: &app)
        #expect(app.flash?.text == "Skipped: it comes back at the end")
        TriageFixtures.press([.right, .character("s")], on: &app)
        #expect(app.triage?.session.remaining == 1)
        #expect(app.flash?.text == "It is the last card left")
        #expect(AppView.render(app).plainText.contains("It is the last card left"))
    }
}
