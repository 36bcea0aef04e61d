import LadderCore
import LadderUI
import TestSupport
import Testing

/// A help description that does not fit beside its keys wraps instead of
/// being cut, so it reads whole at 80x24 and 40x12; the filter, scrolling
/// and the box size work on the wrapped rows.
@Suite struct HelpWrapTests {
    typealias F = TriageFixtures

    func helpOpen(width: Int, height: Int) -> AppState {
        var app = F.app(BundledDeck.deck, size: Size(width: width, height: height))
        F.press([.character("?")], on: &app)
        return app
    }

    /// The help's text area in `state`'s frame: its rows, cut to the box.
    func shownRows(_ state: AppState) -> [String] {
        let layout = HelpOverlay.layout(for: state)
        let lines = AppView.render(state).plainText.split(separator: "\n", omittingEmptySubsequences: false)
        return (0..<layout.textRows).map { row in
            let line = Array(lines[layout.box.y + 2 + row])
            let start = min(line.count, layout.box.x + 3)
            let end = min(line.count, max(start, layout.box.maxX - 2))
            return String(line[start..<end])
        }
    }

    /// Every row of the help at the state's size, read by scrolling a line
    /// at a time to the bottom, joined into one text with single spaces.
    func everythingShown(_ start: AppState) -> String {
        var app = start
        var rows: [String] = []
        while true {
            let shown = shownRows(app)
            let top = app.helpTop
            F.press([.down], on: &app)
            if app.helpTop == top {
                rows += shown
                break
            }
            rows.append(shown.first ?? "")
        }
        return rows.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func everyDescriptionReadsWhole(width: Int, height: Int) {
        let app = helpOpen(width: width, height: height)
        let text = everythingShown(app)
        #expect(!text.contains("…"))
        for line in HelpContent.lines(in: app) where !line.keys.isEmpty {
            let description = line.text.split(separator: " ").joined(separator: " ")
            #expect(text.contains(description), "\(width)x\(height): \(line.text)")
        }
    }

    @Test func aNarrowColumnPutsTheDescriptionUnderItsKeys() {
        let lines = [(keys: "j k ↓ ↑", text: "move through the list of chapters")]
        let rows = HelpRows.rows(lines, width: 20, keyWidth: 9)
        #expect(
            rows == [
                .init(kind: .keys, keys: "j k ↓ ↑", text: "", indent: 11),
                .init(kind: .more, keys: "", text: "move through the", indent: 2),
                .init(kind: .more, keys: "", text: "list of chapters", indent: 2),
            ])
    }

    @Test func aWideColumnWrapsBesideTheKeys() {
        let lines = [
            (keys: "", text: "Triage"), (keys: "n", text: "write a note on the card you sorted last"),
        ]
        let rows = HelpRows.rows(lines, width: 30, keyWidth: 1)
        #expect(
            rows == [
                .init(kind: .heading, keys: "", text: "Triage", indent: 0),
                .init(kind: .keys, keys: "n", text: "write a note on the card", indent: 3),
                .init(kind: .more, keys: "", text: "you sorted last", indent: 3),
            ])
    }

    @Test func scrollingReachesTheLastWrappedRowAndTheFilterStartsAtTheTop() {
        var app = helpOpen(width: 40, height: 12)
        let layout = HelpOverlay.layout(for: app)
        let rows = HelpOverlay.rows(for: app, in: layout)
        #expect(rows.count > HelpContent.lines(in: app).count)
        F.press([.end], on: &app)
        #expect(app.helpTop == rows.count - layout.textRows)
        #expect(app.helpTop == HelpOverlay.hiddenLines(for: app))
        #expect(shownRows(app).last?.trimmingCharacters(in: .whitespaces) == rows.last?.text)
        F.press([.home], on: &app)
        #expect(app.helpTop == 0)
        for character in "note" { F.press([.character(character)], on: &app) }
        #expect(app.helpTop == 0)
        #expect(HelpOverlay.layout(for: app).box == layout.box)
        let shown = shownRows(app).joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(shown.contains("write a one-line note defending your call"))
    }
}

/// Views that name a key name the one in force, as the status bar does.
@Suite struct ViewKeyNameTests {
    typealias F = TriageFixtures

    func gaugesShown(_ bindings: KeyBindings = KeyBindings()) -> String {
        var app = F.app(BundledDeck.deck)
        app.keyBindings = bindings
        let key = bindings.overrides["triage.gauges"]?.first ?? .character("v")
        F.press([key], on: &app)
        #expect(app.triage?.showsGauges == true)
        return AppView.render(app).plainText
    }

    @Test func theGaugesOverlayNamesTheKeyThatHidesIt() {
        let shown = gaugesShown()
        #expect(shown.contains("v hides"))
        #expect(!shown.contains("g hides"))
        let remapped = gaugesShown(KeyBindings(overrides: ["triage.gauges": [.character("G")]]))
        #expect(remapped.contains("G hides"))
    }

    @Test func theWelcomeNamesThePartsAsTheirTabsAndKeysInForce() {
        var app = AppState(
            module: BundledModule.module, moduleKey: "test", size: Size(width: 80, height: 24), now: F.start)
        app.showsWelcome = true
        var shown = AppView.render(app).plainText
        #expect(shown.contains("F1  Contents: the ideas"))
        #expect(!shown.contains("Notes:"))
        #expect(
            WelcomeView.keysSentence(app)
                == "Enter opens the first chapter. Tab moves between the parts, ? shows the keys, q quits.")
        app.keyBindings = KeyBindings(overrides: [
            "app.quit": [.character("Q")], "app.contents": [.function(5)],
        ])
        shown = AppView.render(app).plainText
        #expect(shown.contains("F5  Contents: the ideas"))
        #expect(WelcomeView.keysSentence(app).hasSuffix("Q quits."))
    }
}
