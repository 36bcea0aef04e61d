import FoundationEssentials
import LadderCore
import LadderUI

/// Everything the app keeps on disk, loaded once at start and saved when it
/// changed: reading progress, the triage session, the theme. Writes are atomic;
/// frequent changes (scrolling, sorting) are saved after a pause and at exit.
/// A second ladder on the same folder opens it read-only (`readOnlyWarning`):
/// it saves nothing, says so whenever it would have saved, and
/// `unsavedNote` says at the end what was not kept.
public struct SessionStore {
    /// Where state is kept.
    public let location: StateLocation
    /// Reading progress and the theme, as loaded at start.
    public private(set) var progress: ProgressKeeper
    var triageDirty = false {
        didSet { noteDirty() }
    }
    var assessmentDirty = false {
        didSet { noteDirty() }
    }
    /// False for a round (`ladder triage --timer …`): its session is the
    /// round's, kept in its results file, and never replaces the triage saved
    /// for the deck.
    public var keepsTriage = true
    /// True in a restricted room: nothing is written at all (progress,
    /// answers, the theme), so ladder leaves no file outside the room.
    public var writesNothing = false {
        didSet {
            guard writesNothing else { return }
            lock?.abandon()
            lock = nil
        }
    }
    private var lastProgress: ReadingProgress?
    /// The history as it was at start; this run adds at most one triage and
    /// one assessment snapshot, replaced as they change.
    private let history: ScorecardHistory
    private var pendingTriage: ScorecardSnapshot?
    private var pendingAssessment: ScorecardSnapshot?
    private var historyDirty = false
    /// When the first change not yet saved was made.
    private var changedAt: Date?
    private(set) var problems: [InputError] = []
    /// How long input must pause before changes are written.
    static let idleDelay: TimeInterval = 1
    /// The clock the store reads.
    var clock: () -> Date = Date.init
    /// Writes the triage session off the run loop while the app runs.
    private let writer = SessionWriter()
    /// The lock on the state folder while this ladder holds it.
    private var lock: StateLock?
    /// Why this ladder saves nothing, when another one holds the folder.
    public let readOnlyWarning: String?
    private let readOnlyReason: String?
    /// True once a read-only ladder has had changes it could not keep.
    public private(set) var discardedChanges = false

    /// A store for `location`, with the history as it was loaded at start.
    public init(location: StateLocation, history: ScorecardHistory) {
        self.location = location
        self.history = history
        switch StateLock.acquire(folder: location.stateFolder) {
        case .held(let held):
            lock = held
            readOnlyReason = nil
            readOnlyWarning = nil
        case .busy(let holder):
            lock = nil
            readOnlyReason = StateLock.busyReason(holder: holder)
            readOnlyWarning = StateLock.readOnlyWarning(folder: location.stateFolder, holder: holder)
        case .unavailable:
            lock = nil
            readOnlyReason = nil
            readOnlyWarning = nil
        }
        progress = ProgressKeeper(folder: location.stateFolder)
    }

    /// What a read-only ladder says at the end when it had changes it did
    /// not keep; nil otherwise.
    public var unsavedNote: String? {
        guard discardedChanges, let readOnlyWarning else { return nil }
        return "Not saved: \(readOnlyWarning)"
    }

    /// Notes what changed in this update; chapter and screen changes are saved at once.
    mutating func noteChanges(_ state: AppState) {
        let now = state.progress
        defer { lastProgress = now }
        // Reading time alone is no reason to wake up and save: it rides along
        // with the next save (and the one at exit).
        guard let before = lastProgress else { return }
        var timeless = now
        timeless.secondsRead = before.secondsRead
        guard before != timeless else { return }
        if before.chapter != now.chapter || before.finished != now.finished || before.screen != now.screen {
            saveProgress(state)
        } else {
            changedAt = changedAt ?? clock()
        }
    }

    private mutating func noteDirty() {
        if triageDirty || assessmentDirty { changedAt = changedAt ?? clock() }
    }

    /// When the changes not yet saved are due to be written: a second after
    /// the first of them; nil when everything is saved.
    public var saveDeadline: Date? { changedAt?.addingTimeInterval(Self.idleDelay) }

    /// Saves what changed once its deadline has passed; the triage session
    /// is written on the writer's thread.
    mutating func saveIfIdle(_ state: AppState) {
        guard let saveDeadline, clock() >= saveDeadline else { return }
        // A read-only store keeps its note in `problems` for the status bar.
        problems += save(state, waiting: false)
    }

    /// Saves everything that changed, waiting for every write to finish;
    /// returns what could not be saved.
    public mutating func saveAll(_ state: AppState) -> [InputError] {
        save(state, waiting: true)
    }

    private mutating func save(_ state: AppState, waiting: Bool) -> [InputError] {
        guard !writesNothing else {
            (triageDirty, assessmentDirty, historyDirty, changedAt) = (false, false, false, nil)
            return []
        }
        guard readOnlyWarning == nil else {
            discardChanges(state)
            return []
        }
        saveProgress(state)
        if triageDirty, keepsTriage, let session = state.triage?.session {
            if waiting {
                writer.finish()
                do {
                    try TriageStore.save(session, folder: location.stateFolder)
                } catch {
                    problems.append(error)
                }
            } else {
                writer.save(session.detachedCopy(), folder: location.stateFolder)
            }
            triageDirty = false
        }
        if waiting { writer.finish() }
        problems += writer.takeProblems()
        if assessmentDirty {
            do {
                try AssessmentStore(folder: location.stateFolder).save(state.scorecard.assessment)
            } catch {
                problems.append(error)
            }
            recordSnapshot(of: state, kind: .assessment)
            assessmentDirty = false
        }
        if historyDirty {
            var updated = history
            for snapshot in [pendingTriage, pendingAssessment].compactMap({ $0 }) { updated.append(snapshot) }
            do {
                try updated.save(folder: location.stateFolder)
            } catch {
                problems.append(error)
            }
            historyDirty = false
        }
        changedAt = nil
        let found = problems
        problems.removeAll()
        return found
    }

    /// Problems met while saving since the last call, for the status bar.
    mutating func takeProblems() -> [InputError] {
        defer { problems.removeAll() }
        return problems + writer.takeProblems()
    }

    /// Remembers the theme chosen last.
    public mutating func rememberTheme(_ name: String) {
        guard !writesNothing else { return }
        guard readOnlyWarning == nil else {
            if progress.file.theme != name { discard() }
            return
        }
        do {
            try progress.recordTheme(name)
        } catch {
            problems.append(error)
        }
    }

    /// Keeps this run's scorecard in the history: once for a finished deck,
    /// once for the self-assessment, each replaced if it changes again.
    mutating func recordSnapshot(of state: AppState, kind: ScorecardSnapshot.Kind) {
        let snapshot = ScorecardSnapshot(
            date: state.now, kind: kind, result: state.scorecardResult, basis: state.scorecardBasis)
        switch kind {
        case .triage:
            pendingTriage = snapshot
            triageDirty = true
        case .assessment:
            pendingAssessment = snapshot
        }
        historyDirty = true
    }

    private mutating func saveProgress(_ state: AppState) {
        guard !writesNothing else { return }
        guard readOnlyWarning == nil else {
            discardChanges(state)
            return
        }
        let snapshot = state.progress
        do {
            try progress.record(snapshot, for: state.moduleKey)
        } catch {
            problems.append(error)
        }
        if !triageDirty && !assessmentDirty { changedAt = nil }
    }

    /// In a read-only ladder, where a save would have been: notes whether
    /// anything differs from what was loaded, and says once per save that
    /// it was not kept.
    private mutating func discardChanges(_ state: AppState) {
        let progressChanged = progress.progress(for: state.moduleKey) != state.progress
        if triageDirty || assessmentDirty || historyDirty || progressChanged { discard() }
        triageDirty = false
        assessmentDirty = false
        historyDirty = false
        changedAt = nil
    }

    private mutating func discard() {
        discardedChanges = true
        guard let readOnlyReason else { return }
        problems = [InputError(file: location.stateFolder.path, readOnlyReason, kind: .ioFailure)]
    }
}
