import LadderCore

/// The triage screen's keys: one table while sorting, one for the summary
/// once every card is sorted. Undo, redo, export and the gauges work on both.
public enum TriageBindings {
    /// Items one page key moves the summary's list.
    static let summaryPage = 5

    /// The keys while cards are left to sort.
    public static let sorting = BindingTable(
        "Triage",
        [
            Binding(
                "triage.sort-productive", keys: [.left, .character("h")],
                help: "put the card on ○ feels productive", hint: "productive",
                action: .triage(.cardSorted(.productive))),
            Binding(
                "triage.sort-advances", keys: [.right, .character("l")],
                help: "put the card on ▲ advances you",
                hint: "advances", action: .triage(.cardSorted(.advances))),
            Binding(
                "triage.why", keys: [.character(" "), .enter], help: "show or hide why the lesson files it",
                hintLabel: { $0.triage?.isRevealed == true ? "hide" : "why" },
                perKey: { _, _ in .triage(.revealToggled) }),
            Binding(
                "triage.read", keys: [.character("r")],
                help: "read the chapter behind the card (once its reason shows)", hint: "read",
                when: { currentChapterAction(in: $0) != nil },
                action: { state in currentChapterAction(in: state) }),
            Binding(
                "triage.reason-scroll", keys: [.character("j"), .character("k"), .down, .up],
                help: "scroll a reason taller than the card", hint: "more",
                hintKeys: [.character("j"), .character("k")],
                when: { TriageScreen.cardPlan(in: $0)?.isReasonCut == true },
                perKey: { key, _ in .triage(.reasonScrolled(key == .character("j") || key == .down ? 1 : -1))
                }),
            Binding(
                "triage.skip", keys: [.character("s")], help: "skip: the card comes back at the end",
                hintLabel: { $0.triage?.isRevealed == true ? nil : "skip" },
                perKey: { _, _ in .triage(.cardSkipped) }),
            pauseRound,
        ] + shared)

    /// The keys of the summary.
    public static let summary = BindingTable(
        "Triage summary",
        [
            Binding(
                "triage.summary-scroll", keys: [.character("j"), .character("k"), .down, .up],
                help: "scroll the list", hintKeys: [.character("j"), .character("k")],
                hintLabel: { ($0.triage?.summaryCount ?? 0) > 1 ? "scroll" : nil },
                perKey: { key, _ in .triage(.summaryScrolled(key == .character("j") || key == .down ? 1 : -1))
                }),
            Binding(
                "triage.summary-page", keys: [.character(" "), .character("b"), .pageDown, .pageUp],
                help: "a page down or up",
                perKey: { key, _ in
                    .triage(
                        .summaryScrolled(
                            key == .character(" ") || key == .pageDown ? summaryPage : -summaryPage))
                }),
            Binding(
                "triage.summary-ends", keys: [.character("g"), .character("G"), .home, .end],
                help: "first or last item",
                perKey: { key, _ in
                    .triage(
                        .summaryScrolled(
                            key == .character("g") || key == .home ? -Int(Int32.max) : Int(Int32.max)))
                }),
            Binding(
                "triage.read-weakest", keys: [.character("r")],
                help: "read the chapter behind your weakest gauge",
                hint: "read", when: { weakestChapterAction(in: $0) != nil },
                action: { state in weakestChapterAction(in: state) }),
        ] + shared)

    /// Keys that work while sorting and on the summary.
    private static let shared: [Binding] = [
        Binding(
            "triage.undo", keys: [.character("u")], help: "undo, as far back as you like", hint: "undo",
            action: .triage(.undoRequested)),
        Binding(
            "triage.redo", keys: [.control("r")], help: "redo what you undid", action: .triage(.redoRequested)
        ),
        Binding(
            "triage.note", keys: [.character("n")],
            help:
                "write a one-line note defending your call on the card just sorted, or the summary's › card "
                + "(↑↓ in the note reach any other)",
            hint: "note", action: .triage(.noteStarted)),
        Binding(
            "triage.export", keys: [.character("e")], help: "export the result so far to a file",
            hintLabel: { $0.triage?.showsSummary == true ? "export" : nil },
            perKey: { _, _ in .triage(.exportRequested) }),
        Binding(
            "triage.gauges", keys: [.character("v")], help: "show or hide the gauges over the card",
            hintLabel: { $0.triage?.showsGauges == true ? "hide" : "gauges" },
            when: { !TriageLayout.showsPanelBeside($0.size) },
            perKey: { _, _ in .triage(.gaugesToggled) }),
    ]

    /// The table in force: the summary's once every card is sorted.
    static func tables(in state: AppState) -> [BindingTable] {
        guard let triage = state.triage else { return [] }
        return [triage.showsSummary ? summary : sorting]
    }

    /// Reads the current card's chapter, when its answer is shown: the open
    /// lesson's section, else the built-in notes' chapter.
    static func currentChapterAction(in state: AppState) -> Action? {
        guard let triage = state.triage, triage.isRevealed, !triage.session.isFinished else { return nil }
        return ChapterReading.action(for: triage.session.current?.chapter, in: state)
    }

    /// Reads the chapter behind the weakest gauge, when something has fed
    /// it: the open lesson's section, else the built-in notes' chapter.
    static func weakestChapterAction(in state: AppState) -> Action? {
        guard let triage = state.triage,
            let weakest = triage.scores(for: state.scorecard.assessment).now.weakest
        else { return nil }
        return ChapterReading.action(for: weakest.chapter, in: state)
    }

    /// The index in the open lesson of the chapter with id `chapter`
    /// (matched by title in an imported lesson), nil when it has none.
    static func readableChapter(_ chapter: String?, in state: AppState) -> Int? {
        guard let chapter, case .open(let index)? = ChapterLink.resolve(chapter, in: state.module) else {
            return nil
        }
        return index
    }
}
