import LadderCore
import LadderUI
import TestSupport
import Testing

@Suite struct KeyRemapTests {
    typealias F = TriageFixtures

    func remapped(_ text: String) -> KeyRemap.Outcome {
        KeyRemap.build(ConfigParser.parse(text: text, file: "config"))
    }

    @Test func keyWordsReadAsTheKeysTheyName() {
        let words: [(String, KeyEvent)] = [
            ("a", .character("a")), ("G", .character("G")), ("?", .character("?")),
            ("Space", .character(" ")),
            ("C-n", .control("n")), ("Ctrl-R", .control("r")), ("M-v", .alt("v")), ("Alt-<", .alt("<")),
            ("Down", .down), ("↑", .up), ("pgdn", .pageDown), ("S-Tab", .backTab), ("F5", .function(5)),
            ("Enter", .enter), ("esc", .escape), ("Backspace", .backspace),
        ]
        for (word, key) in words {
            #expect(KeySpec.parse(word) == key, "\(word)")
            #expect(KeySpec.parse(KeySpec.text(key)) == key, "\(word) written back")
        }
        for word in ["C-", "C-1", "F13", "Hyper-x", "ab", "\u{1B}"] {
            #expect(KeySpec.parse(word) == nil, "\(word)")
        }
    }

    @Test func aRemappedKeyDoesTheActionAndTheOldKeyNoLongerDoes() {
        let outcome = remapped("[keys]\ntriage.sort-advances = a\n")
        #expect(outcome.problems.isEmpty)
        var app = F.app(BundledDeck.deck)
        app.keyBindings = outcome.bindings
        #expect(Keymap.action(for: .character("a"), in: app) == .triage(.cardSorted(.advances)))
        #expect(Keymap.action(for: .right, in: app) == nil)
        #expect(Keymap.action(for: .character("l"), in: app) == nil)
        F.press([.character("a")], on: &app)
        #expect(app.triage?.session.progress.sorted == 1)
    }

    @Test func theHelpAndTheStatusBarNameTheNewKey() {
        var app = F.app(BundledDeck.deck)
        app.keyBindings = remapped("[keys]\ntriage.sort-advances = a\napp.help = F9\n").bindings
        let rows = HelpContent.lines(in: app)
        #expect(rows.contains { $0.keys == "a" && $0.text == "put the card on ▲ advances you" })
        #expect(!rows.contains { $0.keys == "→ l" })
        #expect(rows.contains { $0.keys == "F9" && $0.text == "show or hide this help" })
        let hints = AppView.hints(for: app).map { "\($0.key) \($0.label)" }
        #expect(hints.contains("a advances"))
        #expect(hints.contains("F9 help"))
        #expect(!hints.contains("? help"))
        F.press([.function(9)], on: &app)
        #expect(app.showsHelp)
        let screen = AppView.render(app).plainText.split(separator: "\n")
        #expect(screen.contains { $0.hasPrefix("│  a ") && $0.contains("put the card on ▲ advances you") })
    }

    @Test func theConsoleFollowsTheConfigurationToo() {
        let outcome = remapped("keys = emacs\n[keys]\nroom.reveal = R\nroom.reveal-yes = Enter\n")
        #expect(outcome.problems.isEmpty)
        var console = RoomConsoleFixtures.app()
        console.keyBindings = outcome.bindings
        #expect(Keymap.action(for: .character("r"), in: console) == nil)
        #expect(Keymap.action(for: .control("n"), in: console) == .room(.scrolled(1)))
        #expect(Keymap.action(for: .alt(">"), in: console) == .room(.scrolledToEnd(true)))
        #expect(AppView.hints(for: console).contains { $0.key == "R" && $0.label == "reveal" })
        #expect(AppView.hints(for: console).contains { $0.key == "Ctrl-N/Ctrl-P" && $0.label == "scroll" })
        console.apply(.helpToggled)
        #expect(HelpContent.lines(in: console).contains { $0.keys == "R" && $0.text.hasPrefix("reveal the") })
        console.apply(.helpToggled)
        F.press([.character("R")], on: &console)
        #expect(AppView.hints(for: console).contains { $0.key == "Enter" && $0.label == "reveal" })
        F.press([.enter], on: &console)
        #expect(console.room?.control.isRevealed == true)
        let clash = remapped("[keys]\nroom.pause = s\n").problems.map(\.message)
        #expect(
            clash == [
                "s for room.pause is already bound to room.start in Room console; give one of them another key (this line is left out)"
            ])
    }

    @Test func keysGivenStandInOrderForTheTablesOwn() {
        var app = F.app(BundledDeck.deck)
        app.apply(.screenOpened(.home))
        let outcome = remapped("[keys]\ncontents.move = J K\n")
        #expect(outcome.problems.isEmpty)
        app.keyBindings = outcome.bindings
        #expect(Keymap.action(for: .character("J"), in: app) == .selectionMoved(1))
        #expect(Keymap.action(for: .character("K"), in: app) == .selectionMoved(-1))
        #expect(Keymap.action(for: .down, in: app) == nil)
        #expect(AppView.hints(for: app).contains { $0.key == "K/J" && $0.label == "move" })
        let clash = remapped("[keys]\ncontents.move = n p\n").problems.map(\.message)
        #expect(
            clash == [
                "n for contents.move is already bound to search.step in Search; give one of them another key (this line is left out)"
            ])
    }

    @Test func unknownActionsBadKeysAndClashesAreNamedAndLeftOut() {
        let outcome = remapped(
            """
            [keys]
            triage.sort-sideways = a
            triage.skip = C-
            triage.undo = l
            triage.note = N
            """)
        #expect(
            outcome.problems.map(\.description) == [
                "config:2: unknown action 'triage.sort-sideways'; the names are in the README's keys section "
                    + "and `ladder config --print`, such as triage.sort-advances",
                "config:3: 'C-' names no key; write a character (a, G, ?), C-x for Control, M-x for Alt, or a "
                    + "name: Space Enter Esc Tab S-Tab Backspace Delete Up Down Left Right PgUp PgDn Home End F1-F12",
                "config:4: l for triage.undo is already bound to triage.sort-advances in Triage; give one of "
                    + "them another key (this line is left out)",
            ])
        #expect(outcome.bindings == KeyBindings(overrides: ["triage.note": [.character("N")]]))
    }

    @Test func swappingTwoKeysIsNoClash() {
        let outcome = remapped("[keys]\ntriage.sort-advances = h\ntriage.sort-productive = l\n")
        #expect(outcome.problems.isEmpty)
        var app = F.app(BundledDeck.deck)
        app.keyBindings = outcome.bindings
        #expect(Keymap.action(for: .character("h"), in: app) == .triage(.cardSorted(.advances)))
    }

    @Test func betweenTwoLinesThatClashTheLaterIsLeftOut() {
        let outcome = remapped("[keys]\ntriage.undo = U\ntriage.skip = U\n")
        #expect(outcome.problems.map(\.line) == [3])
        #expect(outcome.bindings.overrides == ["triage.undo": [.character("U")]])
    }

    @Test(arguments: KeyPresetName.allCases)
    func everyPresetBindsEachKeyOnceAndEveryKeyWorks(_ preset: KeyPresetName) {
        let bindings = KeyPresets.bindings(for: preset)
        #expect(remapped("keys = \(preset.rawValue)").problems.isEmpty)
        for context in BindingContexts.all {
            var seen: [KeyEvent: String] = [:]
            for binding in context.flatMap(\.bindings) {
                for key in bindings.keys(for: binding) {
                    #expect(seen[key] == nil || seen[key] == binding.name, "\(preset) \(KeyLabel.of(key))")
                    seen[key] = seen[key] ?? binding.name
                }
            }
        }
        for var state in BindingTableTests().states {
            state.keyBindings = bindings
            for table in Keymap.tables(in: state) {
                for binding in table.bindings where binding.works(in: state) {
                    for key in bindings.keys(for: binding) {
                        #expect(
                            Keymap.action(for: key, in: state) == binding.action(for: key, in: state),
                            "\(preset) \(binding.name) \(KeyLabel.of(key))")
                    }
                }
            }
        }
    }

    @Test func emacsMovesWithControlAndPagesWithAlt() {
        var app = F.app(BundledDeck.deck)
        app.apply(.chapterOpened(1))
        app.keyBindings = KeyPresets.bindings(for: .emacs)
        #expect(Keymap.action(for: .control("n"), in: app) == .scrolled(.lines(1)))
        #expect(Keymap.action(for: .control("p"), in: app) == .scrolled(.lines(-1)))
        #expect(Keymap.action(for: .control("v"), in: app) == .scrolled(.pages(1)))
        #expect(Keymap.action(for: .alt("v"), in: app) == .scrolled(.pages(-1)))
        #expect(Keymap.action(for: .control("s"), in: app) == .searchStarted)
        #expect(Keymap.action(for: .control("g"), in: app) == .backRequested)
        #expect(Keymap.action(for: .character("j"), in: app) == nil)
    }

    @Test func arrowsHintsShowArrowsNotLetters() {
        var app = F.app(BundledDeck.deck)
        app.apply(.chapterOpened(1))
        app.keyBindings = KeyPresets.bindings(for: .arrows)
        let hints = AppView.hints(for: app).map { "\($0.key) \($0.label)" }
        #expect(hints.contains("→← chapter"))
        #expect(Keymap.action(for: .character("]"), in: app) == nil)
    }

    @Test func anUnboundAltKeyIsEscapeThenTheKey() {
        var app = F.app(BundledDeck.deck)
        #expect(Keymap.split(.alt("u"), in: app) == [.escape, .character("u")])
        app.keyBindings = KeyPresets.bindings(for: .emacs)
        app.apply(.screenOpened(.home))
        #expect(Keymap.split(.alt("v"), in: app) == [.alt("v")])
    }
}
