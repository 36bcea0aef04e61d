import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

@Suite struct BindingTableTests {
    typealias F = TriageFixtures

    /// The app in every state whose keys differ: each screen, the triage
    /// card hidden and revealed, its summary, the gauges over a narrow
    /// screen, help open, the prompt open, the reader after a search, the
    /// facilitator's console and its reveal question.
    var states: [AppState] {
        var home = F.app(BundledDeck.deck)
        home.apply(.screenOpened(.home))
        var reader = home
        reader.apply(.chapterOpened(2))
        var searched = reader
        searched.apply(.searchStarted)
        for character in "leverage" { searched.apply(.searchTyped(character)) }
        searched.apply(.searchSubmitted)
        var fromTriage = F.app(BundledDeck.deck)
        fromTriage.apply(.chapterOpened(1))
        let sorting = F.app(BundledDeck.deck)
        var revealed = sorting
        revealed.apply(.triage(.revealToggled))
        var gauges = sorting
        gauges.apply(.triage(.gaugesToggled))
        var summary = F.app(F.smallDeck)
        for verdict in [Verdict.productive, .advances, .productive, .advances] {
            summary.apply(.triage(.cardSorted(verdict)))
        }
        var scorecard = F.app(BundledDeck.deck)
        scorecard.apply(.screenOpened(.scorecard))
        scorecard.apply(.scorecard(.statementRated(id: 1, value: 3)))
        var help = scorecard
        help.apply(.helpToggled)
        var prompt = home
        prompt.apply(.searchStarted)
        let console = RoomConsoleFixtures.app()
        var confirming = console
        confirming.apply(.room(.revealAsked))
        return [
            home, reader, searched, fromTriage, sorting, revealed, gauges, summary, scorecard, help, prompt,
            console, confirming,
        ]
    }

    @Test func everyHelpRowsKeysTriggerItsActionThere() {
        for state in states {
            for table in Keymap.tables(in: state) {
                for binding in table.bindings where binding.works(in: state) {
                    for key in binding.keys {
                        let action = Keymap.action(for: key, in: state)
                        #expect(action != nil, "\(binding.name) \(KeyLabel.of(key)) on \(state.screen)")
                        #expect(
                            action == binding.action(for: key, in: state),
                            "\(binding.name) \(KeyLabel.of(key)) on \(state.screen)")
                    }
                }
            }
        }
    }

    @Test func theHelpOverlayListsExactlyTheBindingsInForce() {
        for state in states where state.searchPrompt == nil && !state.showsHelp {
            let help = HelpContent.lines(in: state)
            for table in Keymap.tables(in: state) {
                for binding in table.bindings where binding.works(in: state) {
                    #expect(
                        help.contains { $0.keys == binding.keyText && $0.text == binding.help },
                        "\(binding.name) missing from help on \(state.screen)")
                }
            }
        }
    }

    @Test func noKeyIsBoundTwiceInOneContext() {
        for context in BindingContexts.all {
            var seen: [KeyEvent: String] = [:]
            for table in context {
                for binding in table.bindings {
                    for key in binding.keys {
                        #expect(
                            seen[key] == nil,
                            "\(KeyLabel.of(key)) is bound by \(seen[key] ?? "") and \(binding.name)")
                        seen[key] = binding.name
                    }
                }
            }
        }
    }

    @Test func everyHintNamesAKeyThatWorksThere() {
        for state in states where state.searchPrompt == nil {
            var expected: [StatusBar.Hint] = []
            for table in Keymap.tables(in: state) {
                for binding in table.bindings {
                    guard let hint = binding.hint(in: state) else { continue }
                    expected.append(hint)
                    for key in binding.hintKeys {
                        let action = Keymap.action(for: key, in: state)
                        #expect(action != nil, "\(hint.key) \(hint.label) on \(state.screen)")
                        #expect(
                            action == binding.action(for: key, in: state), "\(hint.key) on \(state.screen)")
                    }
                }
            }
            let shown = AppView.hints(for: state).map { "\($0.key) \($0.label)" }
            #expect(shown == expected.map { "\($0.key) \($0.label)" }, "\(state.screen)")
        }
    }

    @Test func actionNamesAreStableAndMeanOneThing() {
        var keysByName: [String: [KeyEvent]] = [:]
        for context in BindingContexts.all {
            var names = Set<String>()
            for binding in context.flatMap(\.bindings) {
                #expect(!names.contains(binding.name), "\(binding.name) twice in one context")
                names.insert(binding.name)
                if let keys = keysByName[binding.name] { #expect(keys == binding.keys, "\(binding.name)") }
                keysByName[binding.name] = binding.keys
                #expect(binding.name.split(separator: ".").count == 2, "\(binding.name)")
                #expect(
                    binding.name.allSatisfy { $0.isLowercase || $0 == "." || $0 == "-" }, "\(binding.name)")
            }
        }
    }

    @Test func escapeHintSaysWhereItGoes() {
        var app = F.app(BundledDeck.deck)
        app.apply(.triage(.revealToggled))
        #expect(AppView.hints(for: app).contains { $0.key == "Esc" && $0.label == "hide why" })
        app.apply(.chapterOpened(1))
        #expect(AppView.hints(for: app).contains { $0.key == "Esc" && $0.label == "triage" })
        F.press([.escape], on: &app)
        #expect(app.screen == .triage)
        app.apply(.screenOpened(.home))
        app.apply(.chapterOpened(1))
        #expect(AppView.hints(for: app).contains { $0.key == "Esc" && $0.label == "contents" })
    }

    @Test func tabCyclesTheScreensAndFunctionKeysJumpToThem() {
        var app = F.app(BundledDeck.deck)
        app.apply(.screenOpened(.home))
        F.press([.tab], on: &app)
        #expect(app.screen == .triage)
        F.press([.tab], on: &app)
        #expect(app.screen == .scorecard)
        F.press([.tab], on: &app)
        #expect(app.screen == .home)
        F.press([.backTab], on: &app)
        #expect(app.screen == .scorecard)
        F.press([.function(2)], on: &app)
        #expect(app.screen == .triage)
        F.press([.function(1)], on: &app)
        #expect(app.screen == .home)
        let text = AppView.render(app).plainText
        #expect(text.hasPrefix(" F1 Contents  F2 Triage  F3 Scorecard"))
    }

    @Test func gAndGMeanFirstAndLastOnEveryList() {
        var home = F.app(BundledDeck.deck)
        home.apply(.screenOpened(.home))
        F.press([.character("G")], on: &home)
        #expect(home.selectedChapter == home.module.chapters.count - 1)
        F.press([.character("g")], on: &home)
        #expect(home.selectedChapter == 0)
        var scorecard = home
        scorecard.apply(.screenOpened(.scorecard))
        F.press([.character("G")], on: &scorecard)
        #expect(scorecard.scorecard.selected == scorecard.scorecard.statements.count - 1)
        var help = scorecard
        F.press([.character("?"), .end], on: &help)
        #expect(help.helpTop == HelpOverlay.hiddenLines(for: help))
        F.press([.home], on: &help)
        #expect(help.helpTop == 0)
    }

    @Test func pasteIsTextInThePromptAndIgnoredElsewhere() {
        var app = F.app(BundledDeck.deck)
        #expect(Keymap.action(for: .paste("lllq"), in: app) == nil)
        app.apply(.screenOpened(.home))
        F.press([.character("/"), .paste("lever\nage")], on: &app)
        #expect(app.searchPrompt == "lever age")
        #expect(!app.isQuitting)
    }
}
