import FoundationEssentials
import LadderCore
import LadderTerminal
import LadderUI

/// Runs the full-screen app: reads input, updates state, draws, and does the
/// work updates ask for (saving, exporting, switching themes), until the user
/// quits or a signal says to stop. It sleeps until the next thing due (a
/// message fading, a gauge mark ending, changes to save) and never polls.
public struct AppRunner {
    /// The app's state; after `run`, as it was when the app ended.
    public internal(set) var state: AppState
    /// What is kept on disk.
    public internal(set) var store: SessionStore
    let themes: ThemeChoice
    let backend: any TerminalBackend
    let clock: any WallClock
    /// Where exports made inside the app are written.
    let exportFolder: URL
    /// The backlog given with `--deck`, written back beside the report on export.
    let backlog: TrackerBacklog?
    /// Something outside the app that follows every update, if any (a
    /// workshop room: it writes the participant's results and follows the
    /// facilitator's control file).
    public var companion: (any RunCompanion)?
    /// The backlog start-up left for later, loaded before the first action
    /// that may need it.
    public var deferredTriage: DeferredTriage?

    /// A runner for `state` on `backend`, reading the time from `clock` and
    /// writing in-app exports to `exportFolder` (with `backlog` written back
    /// beside a triage report when it came from a tracker).
    public init(
        state: AppState, store: SessionStore, themes: ThemeChoice, backend: any TerminalBackend,
        clock: any WallClock, exportFolder: URL, backlog: TrackerBacklog? = nil
    ) {
        self.state = state
        self.store = store
        self.themes = themes
        self.backend = backend
        self.clock = clock
        self.exportFolder = exportFolder
        self.backlog = backlog
        self.store.clock = { [clock] in clock.now }
    }

    /// Runs until the user quits or a signal ends the app, closes the
    /// terminal, saves, and says how it ended.
    public mutating func run() -> RunOutcome {
        var endingSignal: Int32?
        state.apply(.resized(backend.size))
        settle()
        backend.draw(AppView.render(state))
        var drawnAt = clock.now
        while !state.isQuitting {
            let input = backend.read(waitingAtMost: timeUntilNextDeadline())
            if case .signal(let number) = input { endingSignal = number }
            handle(input)
            settle()
            guard !state.isQuitting else { break }
            // In a burst, draw once it is over (or every so often in a long one).
            let burst = backend.hasPendingInput && clock.now.timeIntervalSince(drawnAt) < Self.longestSkip
            if !burst {
                backend.draw(AppView.render(state))
                drawnAt = clock.now
            }
        }
        backend.close()
        let problems = store.saveAll(state)
        let status = endingSignal.map { 128 + $0 } ?? problems.first?.exitCode ?? 0
        return RunOutcome(status: status, saveProblems: problems)
    }

    /// Brings the state up to the time, does the work it asked for (effects
    /// queued before the run included), and notes what needs saving.
    private mutating func settle() {
        state.apply(.ticked(clock.now))
        let effects = state.effects
        state.effects.removeAll()
        perform(effects)
        store.noteChanges(state)
        // Once quitting, problems wait for the final save, which reports them.
        if !state.isQuitting, let problem = store.takeProblems().first { state.apply(.saveFailed(problem)) }
        companion?.settled(&state, at: clock.now)
    }

    /// The longest a burst of input may go without a frame.
    static let longestSkip: TimeInterval = 0.05

    /// Seconds until the next thing due (nil: nothing is, wait for input).
    func timeUntilNextDeadline() -> TimeInterval? {
        let dates = [state.nextDeadline, store.saveDeadline, companion?.nextDeadline]
        guard let due = dates.compactMap({ $0 }).min() else { return nil }
        return max(0, due.timeIntervalSince(clock.now))
    }

    private mutating func handle(_ input: TerminalInput) {
        switch input {
        case .key(.control("l")):
            backend.redrawAll()
        case .key(.control("z")) where state.isRestricted:
            state.apply(.flashed(RestrictedMode.suspendRefusal, .warning))
        case .key(.control("z")):
            backend.suspend()
            state.apply(.resized(backend.size))
        case .key(let key):
            state.dismissFlash()
            for key in Keymap.split(key, in: state) {
                if let action = Keymap.action(for: key, in: state) { apply(action) }
            }
        case .mouse(let event):
            guard let action = Keymap.action(for: event, in: state) else { return }
            state.dismissFlash()
            apply(action)
        case .resized(let size):
            state.apply(.resized(size))
        case .signal:
            state.apply(.quitRequested)
        case .idle:
            store.saveIfIdle(state)
        }
    }
}

extension AppRunner {
    /// Applies `action`, first loading the backlog left for later if the
    /// action may need it.
    mutating func apply(_ action: Action) {
        if action.mayNeedTriage, state.triage == nil, let deferred = deferredTriage {
            deferredTriage = nil
            deferred.fill(&state)
        }
        state.apply(action)
    }
}

/// Follows the app from outside: told after every update, and woken at its
/// own deadline.
public protocol RunCompanion: AnyObject {
    /// Called after each update has settled, with the state to read or adjust.
    func settled(_ state: inout AppState, at now: Date)
    /// When the companion next needs to look, nil for never.
    var nextDeadline: Date? { get }
}

/// How a run ended.
public struct RunOutcome: Equatable, Sendable {
    /// The exit code: 0, 128 + the signal that ended the run, or the
    /// sysexits code of a final save that failed.
    public var status: Int32
    /// What could not be saved at the end, for standard error.
    public var saveProblems: [InputError]
}
