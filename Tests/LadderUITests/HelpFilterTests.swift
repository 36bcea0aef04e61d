import LadderCore
import LadderUI
import TestSupport
import Testing

/// Typing while help is open narrows its rows, as lazygit's help does.
@Suite struct HelpFilterTests {
    typealias F = TriageFixtures

    func helpOpen() -> AppState {
        var app = F.app(BundledDeck.deck)
        F.press([.character("?")], on: &app)
        return app
    }

    func rows(_ state: AppState) -> [String] {
        HelpContent.lines(in: state).filter { !$0.keys.isEmpty }.map { "\($0.keys) \($0.text)" }
    }

    @Test func typingNarrowsTheRowsByTextKeyOrName() {
        var app = helpOpen()
        F.press([.character("u"), .character("n"), .character("d"), .character("o")], on: &app)
        #expect(app.helpFilter == "undo")
        #expect(rows(app) == ["u undo, as far back as you like"])
        F.press([.control("u")], on: &app)
        for character in "ctrl-r" { F.press([.character(character)], on: &app) }
        #expect(rows(app) == ["Ctrl-R redo what you undid"])
        F.press([.control("u")], on: &app)
        for character in "sort-adv" { F.press([.character(character)], on: &app) }
        #expect(rows(app) == ["→ l put the card on ▲ advances you"])
        #expect(HelpContent.lines(in: app).first?.text == "Triage")
    }

    @Test func lettersTypeInsteadOfScrollingOrClosing() {
        var app = helpOpen()
        F.press([.character("j"), .character("q")], on: &app)
        #expect(app.showsHelp)
        #expect(!app.isQuitting)
        #expect(app.helpFilter == "jq")
        #expect(rows(app).isEmpty)
        #expect(AppView.render(app).plainText.contains("no key, action or text contains 'jq'"))
    }

    @Test func backspaceEditsEscClearsThenCloses() {
        var app = helpOpen()
        F.press([.character("n"), .character("o"), .character("x")], on: &app)
        F.press([.backspace], on: &app)
        #expect(app.helpFilter == "no")
        #expect(AppView.hints(for: app).contains { $0.key == "Esc" && $0.label == "clear" })
        F.press([.escape], on: &app)
        #expect(app.helpFilter == "")
        #expect(app.showsHelp)
        #expect(AppView.hints(for: app).contains { $0.key == "Esc" && $0.label == "close" })
        F.press([.escape], on: &app)
        #expect(!app.showsHelp)
        F.press([.character("?"), .character("z"), .character("?")], on: &app)
        #expect(app.helpFilter == "z?")
        F.press([.enter], on: &app)
        #expect(!app.showsHelp)
        F.press([.character("?")], on: &app)
        #expect(app.helpFilter == "")
    }

    @Test func theBoxStandsStillAndTheCursorSitsAfterTheFilter() {
        var app = helpOpen()
        let box = HelpOverlay.layout(for: app).box
        F.press([.character("v")], on: &app)
        #expect(HelpOverlay.layout(for: app).box == box)
        let frame = AppView.render(app)
        #expect(frame.plainText.split(separator: "\n")[box.y + 1].contains("filter: v"))
        #expect(frame.focus?.x == box.x + 3 + "filter: v".count)
        #expect(frame.focus?.y == box.y + 1)
    }

    @Test func aWrappedRuleIsKeptWhole() throws {
        var app = helpOpen()
        let all = HelpContent.lines(in: app)
        let index = try #require(all.indices.first { all[$0].keys == " " && all[$0 - 1].keys == "·" })
        let word = try #require(all[index].text.split(separator: " ").max { $0.count < $1.count })
        for character in String(word).lowercased() { F.press([.character(character)], on: &app) }
        let shown = HelpContent.lines(in: app)
        let kept = try #require(shown.firstIndex { $0.keys == " " && $0.text == all[index].text })
        #expect(shown[kept - 1].keys == "·")
        #expect(shown[kept - 1].text == all[index - 1].text)
    }
}
