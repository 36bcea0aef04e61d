import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

/// `ladder report --tui`: the report's figures in sections, scrolled and
/// jumped through with the reader's keys.
@Suite struct ReportBrowserTests {
    private func app(_ size: Size, skipped: [RoomReport.SkippedFile] = []) -> AppState {
        var state = AppState(
            module: SampleModuleForPresent.module, moduleKey: "report", size: size,
            now: Date(timeIntervalSince1970: 0))
        state.reportBrowser = ReportBrowserState(
            report: PresentFixtures.report(skipped: skipped), width: size.width)
        state.screen = .report
        return state
    }

    private func press(_ keys: [KeyEvent], _ state: inout AppState) {
        for key in keys {
            if let action = Keymap.action(for: key, in: state) { state.apply(action) }
        }
    }

    private func text(_ state: AppState) -> String { AppView.render(state).plainText }

    @Test func theSectionsCarryTheReportsFigures() {
        let skipped = [RoomReport.SkippedFile(file: "x.json", reason: "not JSON")]
        var state = app(Size(width: 100, height: 200), skipped: skipped)
        state.apply(.resized(Size(width: 100, height: 200)))
        let screen = text(state)
        #expect(screen.contains("1 Discuss  2 Cards  3 People  4 Scorecard  5 Left out"))
        #expect(screen.contains("4 took part (2 sorted every card)"))
        // The discussion: a (2–2), c (1–1, open), b (3–1), with the lesson and the notes.
        let order = ["1. Answer every ping", "2. Rewrite the plan", "3. Own the problem"].map {
            screen.range(of: $0)?.lowerBound
        }
        #expect(
            order.allSatisfy { $0 != nil }
                && order == order.sorted { ($0 ?? screen.endIndex) < ($1 ?? screen.endIndex) })
        #expect(screen.contains("○ 2 ████████▒▒▒▒▒▒▒▒ 2 ▲  2 feels productive · 2 advances you"))
        #expect(screen.contains("The lesson: ○ feels productive. Speed is not scope."))
        #expect(screen.contains("“note 1” — Ana") && screen.contains("“note 2” — Bo"))
        #expect(screen.contains("The lesson leaves this open (chapter: leverage)."))
        // Agreement per card and per participant, and the average scorecard.
        #expect(screen.contains(#/Answer every ping\s+2\s+2\s+0\s+○\s+50% \(2/4\)/#))
        #expect(screen.contains(#/Own the problem\s+1\s+3\s+0\s+▲\s+75% \(3/4\)/#))
        #expect(screen.contains(#/Ana\s+3/3\s+100% \(2/2\)\s+0/#))
        #expect(screen.contains(#/Bo\s+3/3\s+50% \(1/2\)\s+0/#))
        #expect(screen.contains(#/Problem\s+█+░+\s+65  from 4/#))
        #expect(screen.contains("x.json: not JSON"))
    }

    @Test func keysScrollAndJumpBetweenSections() {
        var state = app(Size(width: 80, height: 12))
        press([.character("j"), .character("j")], &state)
        #expect(state.reportBrowser?.top == 2)
        press([.character("k")], &state)
        #expect(state.reportBrowser?.top == 1)
        press([.character("2")], &state)
        #expect(text(state).split(separator: "\n")[1].contains("Split per card"))
        press([.character("]")], &state)
        #expect(text(state).split(separator: "\n")[1].contains("Participants"))
        press([.character("[")], &state)
        #expect(text(state).split(separator: "\n")[1].contains("Split per card"))
        press([.character("G")], &state)
        let bottom = state.reportBrowser?.top ?? 0
        press([.character(" "), .pageDown, .character("j")], &state)
        #expect(state.reportBrowser?.top == bottom, "stops at the end")
        press([.character("g")], &state)
        #expect(state.reportBrowser?.top == 0)
        press([.character("d")], &state)
        #expect(state.reportBrowser?.top == 5)
    }

    @Test func theMouseScrollsAndOpensASection() {
        var state = app(Size(width: 80, height: 12))
        if let action = Keymap.action(for: MouseEvent(.wheelDown, column: 10, row: 5), in: state) {
            state.apply(action)
        }
        #expect(state.reportBrowser?.top == 3)
        let column =
            text(state).split(separator: "\n")[0].range(of: "3 People").map {
                text(state).split(separator: "\n")[0].distance(
                    from: text(state).split(separator: "\n")[0].startIndex, to: $0.lowerBound)
            } ?? 0
        if let action = Keymap.action(for: MouseEvent(.press(.left), column: column, row: 0), in: state) {
            state.apply(action)
        }
        #expect(text(state).split(separator: "\n")[1].contains("Participants"))
    }

    @Test func snapshots() {
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 120, height: 40)] {
            var state = app(size)
            state.apply(.resized(size))
            let problem = Snapshot.check(AppView.render(state), named: "report-browser")
            #expect(problem == nil, "\(problem ?? "")")
        }
    }
}
