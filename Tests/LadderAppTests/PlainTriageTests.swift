import Foundation
import LadderApp
import LadderCore
import LadderUI
import TestSupport
import Testing

/// `ladder triage --plain` without the binary: commands read from a list,
/// the same session as the full screen's keys make, saved by the same store.
@Suite struct PlainTriageTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// Three teaching cards and a contested one.
    static let deck = Deck(
        title: "Plain deck",
        cards: [
            Card(
                id: "a", title: "Frame the retention problem nobody owns", detail: "Nobody has defined it.",
                verdict: .advances, rationale: "Undefined ground is where scope grows. More follows.",
                chapter: "measures", group: "Scope", weights: LeverageWeights(problem: 2, scope: 1)),
            Card(
                id: "b", title: "Answer every request within the hour", verdict: .productive,
                rationale: "Fast replies let the loudest request set the agenda.", chapter: "promoted",
                weights: LeverageWeights(narrative: -1)),
            Card(
                id: "c", title: "Keep the senior engineers on the rewrite", chapter: "leverage",
                weights: LeverageWeights(team: 1),
                readings: ContestedReadings(
                    productive: "It serves no goal.", advances: "The team multiplies.")),
            Card(
                id: "d", title: "Polish the status deck", verdict: .productive,
                rationale: "Polish is not progress.", chapter: "output", weights: LeverageWeights(scope: -1)),
        ])

    /// A lesson with the chapters the cards name, so the text does not
    /// follow the bundled notes' titles.
    static let module = Module(
        meta: ModuleMeta(title: "Plain lesson"),
        chapters: ["measures", "promoted", "leverage", "output"].map { (id: String) in
            Chapter(id: id, title: "On \(id)", blocks: [.paragraph([Span("Text.")])])
        })

    /// The app on the triage screen over `deck`.
    static func app() -> AppState {
        var state = AppState(
            module: module, moduleKey: "bundled:test", size: Size(width: 80, height: 24), now: start)
        state.triage = TriageState(session: TriageSession(deck: deck, startedAt: start))
        return state
    }

    /// Runs the plain triage over `lines`; returns it after the run and what it wrote.
    static func run(_ lines: [String], folder: URL) -> (triage: PlainTriage, output: String, status: Int32) {
        let location = StateLocation(
            stateFolder: folder.appendingPathComponent("state"),
            configFolder: folder.appendingPathComponent("config"))
        var output = ""
        var plain = PlainTriage(
            state: app(), store: SessionStore(location: location, history: ScorecardHistory()),
            input: ListedLines(lines), clock: FakeClock(start), write: { output += $0 })
        let status = plain.run().status
        return (plain, output, status)
    }

    private func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ladder-plain-\(UUID().uuidString)")
    }

    @Test func commandsAreLettersOrWordsAndANoteMayFollowOnTheLine() {
        #expect(PlainCommand.parse("p") == .sort(.productive))
        #expect(PlainCommand.parse("  A ") == .sort(.advances))
        #expect(PlainCommand.parse("advances") == .sort(.advances))
        #expect(PlainCommand.parse("s") == .skip)
        #expect(PlainCommand.parse("u") == .undo)
        #expect(PlainCommand.parse("redo") == .redo)
        #expect(PlainCommand.parse("w") == .why)
        #expect(PlainCommand.parse("n") == .note(nil))
        #expect(PlainCommand.parse("n  ships the thing  ") == .note("ships the thing"))
        #expect(PlainCommand.parse("?") == .help)
        #expect(PlainCommand.parse("Q") == .quit)
        #expect(PlainCommand.parse("") == .show)
        #expect(PlainCommand.parse("p now") == .unknown("p now"))
        #expect(PlainCommand.parse("x") == .unknown("x"))
    }

    @Test func theSessionIsTheOneTheFullScreensKeysMake() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (plain, _, status) = Self.run(
            ["a", "w", "p", "n Because it ships", "s", "u", "", "zz", "a", "n", "Both pull", "p"],
            folder: folder)
        #expect(status == 0)
        var keyed = Self.app()
        keyed.screen = .triage
        let keys: [KeyEvent] = [
            .right, .character(" "), .left, .character("n"), .paste("Because it ships"), .enter,
            .character("s"), .character("u"), .right, .character("n"), .paste("Both pull"), .enter, .left,
        ]
        for key in keys {
            if let action = Keymap.action(for: key, in: keyed) { keyed.apply(action) }
        }
        let session = try #require(plain.state.triage?.session)
        #expect(session == keyed.triage?.session)
        #expect(session.isFinished)
        #expect(session.note(at: 1) == "Because it ships")
        #expect(session.note(at: 2) == "Both pull")
        #expect(session.record(for: "b")?.peeked == true)
        let saved = try TriageStore.load(deck: Self.deck, folder: folder.appendingPathComponent("state"))
        #expect(saved == session, "saved by the same store")
        let history = try ScorecardHistory.load(folder: folder.appendingPathComponent("state"))
        #expect(history.latest?.kind == .triage, "a finished deck keeps its scorecard, as on the full screen")
    }

    @Test func eachSortSaysTheAgreementTheReasonAndTheChapter() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, output, _) = Self.run(["a", "a", "q", "p"], folder: folder)
        #expect(
            output == """
                Triage: Plain deck
                Answer p (feels productive) or a (advances you) for each card; s skip, u
                undo, w why, n note, ? help, q quit.

                Card 1/4: Frame the retention problem nobody owns
                  Group: Scope
                  Nobody has defined it.
                Agreed: the lesson also says advances you. Undefined ground is where
                scope grows. See chapter 1, “On measures”.

                Card 2/4: Answer every request within the hour
                Differs: the lesson says feels productive. Fast replies let the loudest
                request set the agenda. See chapter 2, “On promoted”.

                Card 3/4: Keep the senior engineers on the rewrite
                  Contested: the lesson argues it both ways.
                Saved: 2/4 sorted. ladder triage (--plain or not) carries on from here.

                """)
    }

    @Test func theSummaryListsTheDifferencesTheContestedCardsAndTheNotes() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (plain, output, _) = Self.run(["p", "n I own it", "p", "a", "a"], folder: folder)
        #expect(plain.state.triage?.session.isFinished == true)
        let summary = output.components(separatedBy: "Every card is sorted.\n").last ?? ""
        #expect(summary.hasPrefix("You agreed with the lesson on 1 of 3 cards: 33%.\n"))
        #expect(summary.contains("Where you and the lesson differ (2):\n  - Frame the retention problem"))
        #expect(summary.contains("Contested cards, argued both ways and not scored (1):"))
        #expect(summary.contains("  - Keep the senior engineers on the rewrite: you chose advances you."))
        #expect(summary.contains("Your notes (1):\n  - Frame the retention problem nobody owns: I own it"))
    }

    @Test func hiddenAnswersLeaveOutTheFeedbackAndTheReason() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let location = StateLocation(
            stateFolder: folder.appendingPathComponent("state"),
            configFolder: folder.appendingPathComponent("config"))
        var state = Self.app()
        state.triage?.session.showsFeedback = false
        var output = ""
        var plain = PlainTriage(
            state: state, store: SessionStore(location: location, history: ScorecardHistory()),
            input: ListedLines(["w", "a"]), clock: FakeClock(Self.start), write: { output += $0 })
        _ = plain.run()
        #expect(output.contains("The verdicts stay hidden until the facilitator reveals them"))
        #expect(!output.contains("Agreed") && !output.contains("Undefined ground"))
        #expect(plain.state.triage?.session.record(for: "a")?.peeked == false)
    }
}
