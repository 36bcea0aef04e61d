import Foundation
import LadderApp
import LadderCore
import LadderUI
import TestSupport

/// A run of the app on a recording terminal, with its state kept in a
/// temporary folder and time on a fake clock.
final class LoopFixture {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    let folder: URL
    let clock = FakeClock(LoopFixture.start)
    var location: StateLocation {
        StateLocation(
            stateFolder: folder.appendingPathComponent("state"),
            configFolder: folder.appendingPathComponent("config"))
    }
    var exportFolder: URL { folder.appendingPathComponent("exports") }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("exports"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The bundled module at 80x24, on `screen`, with the bundled deck loaded.
    func state(on screen: Screen = .reader) throws -> AppState {
        var state = AppState(
            module: BundledModule.module, moduleKey: "bundled:test", size: Size(width: 80, height: 24),
            now: Self.start)
        state.triage = TriageState(
            session: TriageSession(deck: try BundledDeck.load(), startedAt: Self.start))
        if screen == .reader {
            // The second chapter: long enough to scroll at 80x24.
            state.apply(.chapterOpened(1))
        } else {
            state.screen = screen
        }
        return state
    }

    /// Runs `state` through `script`; returns how it ended, the runner after
    /// the run and the terminal with everything it saw.
    func run(
        _ state: AppState, _ script: [RecordingBackend.Step], beforeRead: ((Int) -> Void)? = nil,
        deferred: DeferredTriage? = nil, writesNothing: Bool = false
    ) -> (outcome: RunOutcome, runner: AppRunner, backend: RecordingBackend) {
        let backend = RecordingBackend(size: state.size, clock: clock, script: script)
        backend.beforeRead = beforeRead
        var store = SessionStore(location: location, history: ScorecardHistory())
        store.writesNothing = writesNothing
        var themed = state
        let themes = ThemeChoice(requested: nil, remembered: nil, location: location)
        themed.themeNames = themes.cycle
        var runner = AppRunner(
            state: themed, store: store, themes: themes, backend: backend, clock: clock,
            exportFolder: exportFolder)
        runner.deferredTriage = deferred
        let outcome = runner.run()
        return (outcome, runner, backend)
    }

    /// The reading progress saved for the test module, if any.
    func savedProgress() -> ReadingProgress? {
        (try? ProgressStore(folder: location.stateFolder).load())?.modules["bundled:test"]
    }

    /// The exports written, by file name.
    func exports() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: exportFolder.path).sorted()
    }
}
