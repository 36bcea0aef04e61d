import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

/// A contested card shows both readings when revealed and on the summary,
/// and its chapter link follows the open lesson by title.
@Suite struct TriageContestedTests {
    typealias F = TriageFixtures

    private let deck = Deck(
        title: "Contested deck",
        cards: [
            Card(
                id: "x", title: "Stay for the manager who grows people", chapter: "leverage",
                readings: ContestedReadings(
                    productive: "The bigger problem is on the other team.",
                    advances: "A manager who develops you pulls you up.")),
            Card(
                id: "y", title: "Polish the deck", verdict: .productive, rationale: "Polish.",
                chapter: "output"),
        ])

    @Test func theRevealShowsBothReadingsAndNoVerdict() {
        var app = F.app(deck, size: Size(width: 100, height: 30))
        F.press([.enter], on: &app)
        let text = AppView.render(app).plainText
        #expect(text.contains("◆ contested"))
        #expect(text.contains("○ The bigger problem is on the other team."))
        #expect(text.contains("▲ A manager who develops you pulls you up."))
        #expect(text.contains("Chapter 6 · Finding Leverage"))
        #expect(Keymap.action(for: .character("r"), in: app) == .chapterOpened(5))
    }

    @Test func theSummaryListsTheContestedCardAfterTheDisagreements() throws {
        var app = F.app(deck, size: Size(width: 100, height: 30))
        F.press([.right, .right], on: &app)
        let triage = try #require(app.triage)
        #expect(triage.session.agreement == TriageAgreement(agreed: 0, judged: 1))
        let text = AppView.render(app).plainText
        #expect(text.contains("Where you and the lesson differ (1) · contested (1)"))
        #expect(text.contains("▲ Stay for the manager who grows people  ◆ contested"))
        #expect(text.contains("○ The bigger problem is on the other team."))
    }

    @Test func aChapterLinkFindsTheSectionOfAnImportedLessonByTitle() {
        let imported = Module(
            meta: ModuleMeta(title: "Imported"),
            chapters: ["Opening", "Scope", "Finding Leverage"].map {
                Chapter(title: $0, blocks: [.paragraph([Span("Text.")])])
            })
        var app = F.app(deck, size: Size(width: 100, height: 30), module: imported)
        F.press([.enter], on: &app)
        #expect(Keymap.action(for: .character("r"), in: app) == .chapterOpened(2))
        #expect(AppView.render(app).plainText.contains("Chapter 3 · Finding Leverage"))
    }
}
