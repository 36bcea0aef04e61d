import FoundationEssentials
import LadderCore
import LadderUI

/// `ladder triage --plain`: the triage as a line-by-line exchange on
/// standard input and output, for screen readers and scripts. Each command
/// becomes the same action the full screen's keys send to the same state,
/// and the session is kept by the same store, so the results are the same
/// and either way of sorting resumes where the other stopped.
public struct PlainTriage {
    /// The app's state; after `run`, as it was at the end.
    public private(set) var state: AppState
    /// What is kept on disk.
    public private(set) var store: SessionStore
    private var input: any LineSource
    private let clock: any WallClock
    private let write: (String) -> Void
    private let width: Int

    /// A plain triage of `state`'s session, saved through `store`, reading
    /// commands from `input` and writing text through `write`, wrapped to `width`.
    public init(
        state: AppState, store: SessionStore, input: any LineSource, clock: any WallClock, width: Int = 72,
        write: @escaping (String) -> Void
    ) {
        self.state = state
        self.store = store
        self.input = input
        self.clock = clock
        self.width = width
        self.write = write
        self.store.clock = { [clock] in clock.now }
    }

    /// Runs until `q` or the end of input, saves, and returns the exit code:
    /// 0, 128 + the signal that ended the input, or the sysexits code of a
    /// save that failed (its problems are in `saveProblems`).
    public mutating func run() -> (status: Int32, saveProblems: [InputError]) {
        state.apply(.ticked(clock.now))
        state.screen = .triage
        guard let session = state.triage?.session else { return (0, []) }
        say(["Triage: " + session.deck.title] + PlainTriageText.wrap(Self.intro, width: width, indent: ""))
        showWhereWeAre()
        var problems: [InputError] = []
        while true {
            if input.isInteractive { write(prompt) }
            guard let line = input.nextLine() else {
                if input.isInteractive { write("\n") }
                break
            }
            state.apply(.ticked(clock.now))
            let command = PlainCommand.parse(line)
            if command == .quit { break }
            handle(command)
            settle()
            if !input.hasPendingInput { problems += store.saveAll(state) }
        }
        problems += store.saveAll(state)
        if let session = state.triage?.session {
            let (sorted, total) = session.progress
            say(["Saved: \(sorted)/\(total) sorted. ladder triage (--plain or not) carries on from here."])
        }
        let status = input.endingSignal.map { 128 + $0 } ?? problems.first?.exitCode ?? 0
        return (status, problems)
    }

    /// The first words: how to answer.
    static let intro =
        "Answer p (feels productive) or a (advances you) for each card; s skip, u undo, "
        + "w why, n note, ? help, q quit."

    /// The prompt before each line typed at a terminal.
    private var prompt: String {
        state.triage?.session.isFinished == true ? "[u undo, n note, q quit] > " : "[p a s u w n ? q] > "
    }

    /// Does what `command` asks, as the full screen's keys would.
    private mutating func handle(_ command: PlainCommand) {
        switch command {
        case .sort(let verdict):
            guard state.triage?.session.isFinished == false else {
                return say(["Every card is sorted: u undoes the last one, q stops."])
            }
            apply(.triage(.cardSorted(verdict)))
            if let triage = state.triage, let feedback = triage.session.lastFeedback {
                say(PlainTriageText.feedback(feedback, module: state.module, width: width))
            }
            showWhereWeAre()
        case .skip:
            apply(.triage(.cardSkipped))
            showWhereWeAre()
        case .undo, .redo:
            apply(.triage(command == .undo ? .undoRequested : .redoRequested))
            showWhereWeAre()
        case .why:
            guard let triage = state.triage, !triage.session.isFinished else {
                return say(["Every card is sorted: the summary above has the reasons."])
            }
            if !triage.isRevealed { apply(.triage(.revealToggled)) }
            if state.triage?.isRevealed == true {
                say(
                    PlainTriageText.reason(
                        state.triage?.session ?? triage.session, module: state.module, width: width))
                state.triage?.isRevealed = false
            }
        case .note(let text): note(text)
        case .help: say(PlainCommand.helpLines)
        case .show: showWhereWeAre()
        case .quit: break
        case .unknown(let typed):
            say(["'\(typed)' is not a command here: ? lists them."])
        }
    }

    /// Writes the note on the card just sorted (or the one up), from `text`
    /// or, when it is nil, from the next line.
    private mutating func note(_ text: String?) {
        apply(.triage(.noteStarted))
        guard let entry = state.entry, case .note(let card) = entry.target,
            let title = state.triage?.session.deck.cards[card].title
        else { return say(["There is no card to write a note on yet."]) }
        var typed = text
        if typed == nil {
            say(
                PlainTriageText.wrap(
                    "Defend your call on “\(title)” in one line (an empty line leaves it):",
                    width: width, indent: ""))
            if input.isInteractive { write("note> ") }
            typed = input.nextLine()
        }
        guard let typed, !typed.allSatisfy(\.isWhitespace) else {
            apply(.entry(.cancelled))
            return say(["No note written."])
        }
        apply(.entry(.cleared))
        apply(.entry(.pasted(typed)))
        state.apply(.entry(.committed))
        state.dismissFlash()
        say(PlainTriageText.wrap("Note kept on “\(title)”.", width: width, indent: ""))
    }

    /// The card up now, or the summary once every card is sorted.
    private func showWhereWeAre() {
        guard let triage = state.triage else { return }
        if triage.session.isFinished {
            say([""] + PlainTriageSummary.lines(triage.session, module: state.module, width: width))
        } else {
            say([""] + PlainTriageText.card(triage.session, width: width))
        }
    }

    /// Applies `action` and says the status-bar message it left, if any.
    private mutating func apply(_ action: Action) {
        state.apply(action)
        if let flash = state.flash {
            say([flash.text])
            state.dismissFlash()
        }
    }

    /// Does the work the updates asked for, as the full screen's runner does
    /// for the triage: marks the session for saving, and keeps the
    /// scorecard of a finished deck in the history.
    private mutating func settle() {
        let effects = state.effects
        state.effects.removeAll()
        for effect in effects {
            switch effect {
            case .triageChanged: store.triageDirty = true
            case .triageFinished: store.recordSnapshot(of: state, kind: .triage)
            case .assessmentChanged: store.assessmentDirty = true
            case .themeChanged, .triageExportRequested, .scorecardExportRequested: break
            }
        }
        store.noteChanges(state)
    }

    private func say(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        write(lines.joined(separator: "\n") + "\n")
    }
}
