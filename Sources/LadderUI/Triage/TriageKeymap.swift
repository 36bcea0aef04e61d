import LadderCore

/// The triage screen's keys: while sorting, and on the summary once every
/// card is sorted. `u`, Ctrl-R and the gauges key work on both.
enum TriageKeymap {
    /// Items one page key moves the summary's list.
    static let summaryPage = 5

    /// The action for `key` on the triage screen, nil when it means nothing.
    static func action(for key: KeyEvent, in state: AppState) -> Action? {
        guard let triage = state.triage else { return nil }
        switch key {
        case .character("u"): return .triage(.undoRequested)
        case .control("r"): return .triage(.redoRequested)
        case .character("g"), .tab:
            return TriageLayout.showsPanelBeside(state.size) ? nil : .triage(.gaugesToggled)
        default: break
        }
        if triage.session.isFinished { return summaryAction(for: key, in: state) }
        switch key {
        case .left, .character("h"): return .triage(.cardSorted(.productive))
        case .right, .character("l"): return .triage(.cardSorted(.advances))
        case .character(" "), .enter: return .triage(.revealToggled)
        case .character("s"): return .triage(.cardSkipped)
        case .character("e"): return .triage(.exportRequested)
        case .character("r"):
            guard triage.isRevealed, let chapter = readableChapter(triage.session.current?.chapter, in: state)
            else { return nil }
            return .chapterOpened(chapter - 1)
        default: return nil
        }
    }

    /// The keys of the summary.
    private static func summaryAction(for key: KeyEvent, in state: AppState) -> Action? {
        switch key {
        case .character("j"), .down, .wheelDown: return .triage(.summaryScrolled(1))
        case .character("k"), .up, .wheelUp: return .triage(.summaryScrolled(-1))
        case .character(" "), .pageDown: return .triage(.summaryScrolled(summaryPage))
        case .character("b"), .pageUp: return .triage(.summaryScrolled(-summaryPage))
        case .home: return .triage(.summaryScrolled(-Int(Int32.max)))
        case .end: return .triage(.summaryScrolled(Int(Int32.max)))
        case .character("e"): return .triage(.exportRequested)
        case .character("r"):
            guard let chapter = weakestChapter(in: state) else { return nil }
            return .chapterOpened(chapter - 1)
        default: return nil
        }
    }

    /// `chapter` (1-based) when the open module has it, else nil.
    static func readableChapter(_ chapter: Int?, in state: AppState) -> Int? {
        guard let chapter, chapter >= 1, chapter <= state.module.chapters.count else { return nil }
        return chapter
    }

    /// The chapter behind the weakest gauge, when something has fed that
    /// gauge and the module has the chapter.
    static func weakestChapter(in state: AppState) -> Int? {
        guard let triage = state.triage else { return nil }
        let result = triage.scores(for: state.scorecard.assessment).now
        let reading = result.reading(result.weakest)
        guard reading.cards != nil || reading.answers != nil else { return nil }
        return readableChapter(result.weakest.chapter, in: state)
    }
}

extension TriageKeymap {
    /// The triage keys as the help overlay lists them.
    static let helpRows: [(keys: String, action: String)] = [
        ("← h", "put the card on ○ feels productive"),
        ("→ l", "put the card on ▲ advances you"),
        ("Space Enter", "show or hide why the lesson files it"),
        ("r", "read the chapter behind the card or gauge"),
        ("s", "skip: the card comes back at the end"),
        ("u Ctrl-R", "undo and redo, as far as you like"),
        ("g Tab", "show or hide the gauges (narrow screens)"),
        ("j k", "scroll the summary"),
        ("e", "export the result from the summary"),
    ]
}
