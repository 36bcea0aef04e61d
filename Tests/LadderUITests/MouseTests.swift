import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

/// Clicks and the wheel, aimed at what the screen shows: each test finds
/// the text it clicks in the rendered frame, as a user finds it by eye.
@Suite struct MouseTests {
    typealias F = TriageFixtures

    /// The cell where `text` starts on screen, overlays drawn in.
    func find(_ text: String, in state: AppState) -> (column: Int, row: Int)? {
        let lines = AppView.render(state).plainText.components(separatedBy: "\n")
        for (row, line) in lines.enumerated() {
            guard let range = line.range(of: text) else { continue }
            return (TextWidth.of(line[..<range.lowerBound]), row)
        }
        return nil
    }

    func click(_ text: String, in state: AppState, offset: Int = 0) -> Action? {
        guard let at = find(text, in: state) else {
            Issue.record("\(text) is not on screen")
            return nil
        }
        return Keymap.action(
            for: MouseEvent(.press(.left), column: at.column + offset, row: at.row), in: state)
    }

    func home(_ size: Size = Size(width: 80, height: 24)) -> AppState {
        var app = F.app(BundledDeck.deck, size: size)
        app.apply(.screenOpened(.home))
        return app
    }

    @Test func aClickOnAChapterOpensIt() {
        let app = home()
        #expect(click("Finding Leverage", in: app) == .chapterOpened(5))
        #expect(Keymap.action(for: MouseEvent(.press(.left), column: 70, row: 4), in: app) == nil)
    }

    @Test func aClickOnATabOpensItsScreen() {
        let app = home()
        #expect(click("F2 Triage", in: app) == .screenOpened(.triage))
        #expect(click("Scorecard", in: app) == .screenOpened(.scorecard))
        let narrow = home(Size(width: 40, height: 12))
        #expect(click("F3", in: narrow) == .screenOpened(.scorecard))
    }

    @Test func aClickOnAHintPressesItsKey() {
        let app = F.app(BundledDeck.deck)
        #expect(click("Space why", in: app) == .triage(.revealToggled))
        #expect(click("q quit", in: app) == .quitRequested)
        #expect(click("? help", in: app) == .helpToggled)
    }

    @Test func aClickOnAPileSortsTheCardOntoIt() {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 140, height: 45)]
        {
            let app = F.app(BundledDeck.deck, size: size)
            #expect(click("feels productive", in: app) == .triage(.cardSorted(.productive)), "\(size)")
            #expect(click("advances you", in: app) == .triage(.cardSorted(.advances)), "\(size)")
        }
        let small = F.app(BundledDeck.deck, size: Size(width: 40, height: 12))
        #expect(click("○ 0", in: small) == .triage(.cardSorted(.productive)))
        #expect(click("▲ 0", in: small) == .triage(.cardSorted(.advances)))
    }

    @Test func aClickOnTheCardShowsWhyAndOnReadOpensTheChapter() {
        var app = F.app(BundledDeck.deck)
        let opening = BundledDeck.deck.cards[0].title.split(separator: " ").prefix(2).joined(separator: " ")
        #expect(click(opening, in: app) == .triage(.revealToggled))
        app.apply(.triage(.revealToggled))
        let read = Keymap.action(for: .character("r"), in: app)
        #expect(read != nil)
        #expect(click("read it now", in: app) == read)
    }

    @Test func aClickOnADotRatesTheStatement() throws {
        var app = F.app(BundledDeck.deck)
        app.apply(.screenOpened(.scorecard))
        let id = try #require(app.scorecard.selectedStatement?.id)
        #expect(click("› ····", in: app, offset: 4) == .scorecard(.statementRated(id: id, value: 3)))
        app.apply(.scorecard(.statementRated(id: id, value: 1)))
        #expect(click("› ●○○○", in: app, offset: 2) == .scorecard(.statementRated(id: id, value: 0)))
        let second = app.scorecard.statements[1]
        let words = String(second.text.prefix(20))
        #expect(click(words, in: app) == .scorecard(.statementMoved(1)))
    }

    @Test func theWheelScrollsWhatIsUnderThePointer() {
        var reader = home()
        reader.apply(.chapterOpened(3))
        #expect(
            Keymap.action(for: MouseEvent(.wheelDown, column: 40, row: 10), in: reader)
                == .scrolled(.lines(3)))
        var scorecard = home()
        scorecard.apply(.screenOpened(.scorecard))
        let row = find("Self-assessment", in: scorecard)?.row ?? 0
        #expect(
            Keymap.action(for: MouseEvent(.wheelDown, column: 30, row: row + 2), in: scorecard)
                == .scorecard(.statementMoved(1)))
        #expect(Keymap.action(for: MouseEvent(.wheelDown, column: 30, row: 3), in: scorecard) == nil)
    }

    @Test func aClickOutsideTheHelpClosesItAndTheWheelScrollsIt() {
        var app = home(Size(width: 120, height: 30))
        app.apply(.helpToggled)
        #expect(Keymap.action(for: MouseEvent(.press(.left), column: 1, row: 10), in: app) == .helpToggled)
        #expect(click("move the selection", in: app) == nil)
        #expect(Keymap.action(for: MouseEvent(.wheelDown, column: 60, row: 10), in: app) == .helpScrolled(3))
        #expect(Keymap.action(for: MouseEvent(.release(.left), column: 1, row: 10), in: app) == nil)
    }

    @Test func theHelpSaysShiftDragSelectsText() {
        var app = home()
        app.apply(.helpToggled)
        #expect(HelpContent.lines(in: app).contains { $0.keys == "Shift+drag" })
    }
}

extension MouseTests {
    @Test func theFirstScreenNamesEveryTabEvenWhenNarrow() {
        let narrow = home(Size(width: 40, height: 12))
        let top = AppView.render(narrow).base.text(row: 0)
        #expect(top.contains("F2 Triage") && top.contains("F3 Scorecard"), "\(top)")
        #expect(click("Triage", in: narrow) == .screenOpened(.triage))
    }
}

extension MouseTests {
    @Test func aClickOnEitherKeyOfAPairedHintPressesThatKey() {
        var reader = home()
        reader.apply(.chapterOpened(3))
        #expect(click("]/[ chapter", in: reader) == .chapterStepped(1))
        #expect(click("]/[ chapter", in: reader, offset: 2) == .chapterStepped(-1))
        #expect(click("]/[ chapter", in: reader, offset: 5) == .chapterStepped(1))
        let contents = home()
        #expect(click("↑↓ move", in: contents) == .selectionMoved(-1))
        #expect(click("↑↓ move", in: contents, offset: 1) == .selectionMoved(1))
    }
}

extension MouseTests {
    @Test func aClickOnTheChosenStatementsChapterOpensIt() throws {
        var app = F.app(BundledDeck.deck, size: Size(width: 140, height: 45))
        app.apply(.screenOpened(.scorecard))
        let read = try #require(Keymap.action(for: .enter, in: app))
        #expect(click("Enter read", in: app) == read)
        #expect(click("feeds •", in: app) == read)
    }
}
