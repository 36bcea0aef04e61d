import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

/// What colour means, checked cell by cell below the end-to-end level: the
/// role a theme colours, beside the text that shows.
@Suite struct RoleTests {
    typealias F = TriageFixtures

    /// The roles of the cells of the first row holding `text`, from where it starts.
    func roles(of text: String, in frame: Frame) -> [Role] {
        let lines = frame.plainText.components(separatedBy: "\n")
        guard let row = lines.firstIndex(where: { $0.contains(text) }),
            let range = lines[row].range(of: text)
        else { return [] }
        let start = TextWidth.of(lines[row][..<range.lowerBound])
        return (start..<(start + TextWidth.of(text))).compactMap { frame.visibleCell(x: $0, y: row)?.role }
    }

    @Test func theSelectedChapterIsSelectedAndNoOtherIs() {
        var app = F.app(BundledDeck.deck)
        app.apply(.screenOpened(.home))
        app.apply(.selectionMoved(2))
        let frame = AppView.render(app)
        let chapters = app.module.chapters
        #expect(roles(of: chapters[2].title, in: frame).allSatisfy { $0 == .selection })
        #expect(roles(of: chapters[3].title, in: frame).allSatisfy { $0 == .text })
    }

    @Test func searchHitsAreMatchesAndTheRestIsText() {
        var app = AppState(
            module: SampleModule.module, moduleKey: "sample", size: Size(width: 80, height: 24),
            now: Date(timeIntervalSince1970: 0))
        app.apply(.searchStarted)
        for character in "scope" { app.apply(.searchTyped(character)) }
        app.apply(.searchSubmitted)
        let frame = AppView.render(app)
        let codes = Snapshot.roles(of: frame)
        #expect(codes.contains("MMMMM"))
        #expect(roles(of: "scope", in: frame).allSatisfy { $0 == .match })
    }

    @Test func theGaugeThatMovedMostIsMarkedUntilItsMomentPasses() {
        var app = F.app(BundledDeck.deck)
        app.apply(.screenOpened(.scorecard))
        app.apply(.scorecard(.statementRated(id: 1, value: 4)))
        let marked = app.scorecard.markedGauge(at: app.now)
        #expect(marked != nil)
        let label = marked?.label ?? ""
        #expect(roles(of: label, in: AppView.render(app)).allSatisfy { $0 == .changed })
        app.apply(.ticked(app.now.addingTimeInterval(10)))
        #expect(!roles(of: label, in: AppView.render(app)).contains(.changed))
    }

    @Test func theCurrentTabIsHighlighted() {
        let app = F.app(BundledDeck.deck)
        let frame = AppView.render(app)
        #expect(roles(of: "F2 Triage", in: frame).allSatisfy { $0 == .selection })
        #expect(!roles(of: "F1 Contents", in: frame).contains(.selection))
    }
}
