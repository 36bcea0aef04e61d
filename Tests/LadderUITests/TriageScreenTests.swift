import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

@Suite struct TriageScreenTests {
    typealias F = TriageFixtures
    let sizes = [Size(width: 80, height: 24), Size(width: 140, height: 45)]

    func check(_ state: AppState, _ name: String) {
        let problem = Snapshot.check(AppView.render(state), named: name)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// The bundled deck with its first nine cards sorted, three of them
    /// against the lesson, and the tenth card's answer revealed.
    func sorting(_ size: Size) -> AppState {
        var app = F.app(BundledDeck.deck, size: size)
        for card in BundledDeck.deck.cards.prefix(9) {
            let agree = !["Run more experiments", "Grow your headcount", "Make the close call"].contains {
                card.title.hasPrefix($0)
            }
            let verdict = card.verdict ?? .advances
            let flipped: Verdict = verdict == .advances ? .productive : .advances
            app.apply(.triage(.cardSorted(agree ? verdict : flipped)))
        }
        app.apply(.triage(.revealToggled))
        return app
    }

    /// The bundled deck sorted to the end, four cards against the lesson.
    func finished(_ size: Size) -> AppState {
        var app = sorting(size)
        app.apply(.triage(.revealToggled))
        for (number, card) in BundledDeck.deck.cards.enumerated().dropFirst(9) {
            let verdict = card.verdict ?? .advances
            let flipped: Verdict = verdict == .advances ? .productive : .advances
            app.apply(.triage(.cardSorted(number == 20 ? flipped : verdict)))
        }
        app.apply(.ticked(app.now.addingTimeInterval(5)))
        return app
    }

    @Test func sortingWithTheAnswerRevealed() {
        for size in sizes { check(sorting(size), "triage-revealed") }
    }

    @Test func summary() {
        for size in sizes { check(finished(size), "triage-summary") }
    }

    @Test func gaugesOverANarrowScreen() {
        var app = sorting(Size(width: 80, height: 24))
        app.apply(.triage(.revealToggled))
        app.apply(.triage(.gaugesToggled))
        check(app, "triage-gauges")
    }

    @Test func backlogSummary() {
        var app = F.app(F.backlog)
        for key in [KeyEvent.left, .right, .left] { F.press([key], on: &app) }
        app.apply(.ticked(app.now.addingTimeInterval(5)))
        check(app, "triage-backlog-summary")
    }

    @Test func statusHintsFitEightyColumns() {
        var states = [
            F.app(BundledDeck.deck), sorting(Size(width: 80, height: 24)),
            finished(Size(width: 80, height: 24)),
        ]
        var backlog = F.app(F.backlog)
        F.press([.left, .right, .left], on: &backlog)
        states.append(backlog)
        for state in states {
            let frame = AppView.render(state)
            #expect(frame.base.text(row: 23).contains("q quit"), "\(frame.base.text(row: 23))")
        }
    }

    @Test func helpListsEveryTriageKey() {
        var app = F.app(F.smallDeck)
        app.apply(.helpToggled)
        let text = AppView.render(app).plainText
        for keys in ["← h", "→ l", "Space Enter", "u", "Ctrl-R", "v", "Tab"] {
            #expect(text.contains(keys), "\(keys)")
        }
        #expect(!text.contains("widen the terminal"))
    }

    @Test func theCardStaysReadableAtSmallSizes() {
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 30, height: 8)] {
            var app = F.app(F.smallDeck, size: size)
            let text = AppView.render(app).plainText
            #expect(text.contains("Frame the"), "\(size)")
            app.apply(.triage(.revealToggled))
            #expect(AppView.render(app).plainText.contains("Frame the"), "\(size)")
        }
    }

    @Test func everySizeRendersWithoutCrashing() {
        let widths = [0, 1, 2, 5, 12, 29, 30, 31, 39, 40, 41, 59, 60, 61, 79, 80, 109, 110, 111, 140, 200]
        let heights = [0, 1, 2, 3, 7, 8, 9, 12, 13, 14, 24, 45, 60]
        for width in widths {
            for height in heights {
                let size = Size(width: width, height: height)
                for state in states(size) {
                    let frame = AppView.render(state)
                    #expect(frame.size == size)
                    for overlay in frame.overlays {
                        #expect(overlay.rect.x >= 0 && overlay.rect.maxX <= width, "\(size)")
                        #expect(overlay.rect.y >= 0 && overlay.rect.maxY <= height, "\(size)")
                    }
                }
            }
        }
    }

    /// The triage screen in every shape it takes, at `size`.
    private func states(_ size: Size) -> [AppState] {
        var fresh = F.app(F.smallDeck, size: size)
        var revealed = fresh
        revealed.apply(.triage(.revealToggled))
        var gauges = revealed
        gauges.apply(.triage(.gaugesToggled))
        var help = gauges
        help.apply(.helpToggled)
        var done = F.app(F.smallDeck, size: size)
        for verdict in [Verdict.productive, .productive, .advances, .advances] {
            done.apply(.triage(.cardSorted(verdict)))
        }
        var backlog = F.app(F.backlog, size: size)
        backlog.apply(.triage(.revealToggled))
        var backlogDone = backlog
        for verdict in [Verdict.productive, .advances, .productive] {
            backlogDone.apply(.triage(.cardSorted(verdict)))
        }
        fresh.apply(.triage(.cardSorted(.advances)))
        return [fresh, revealed, gauges, help, done, backlog, backlogDone]
    }
}
